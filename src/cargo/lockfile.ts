// Keeps the user's Cargo.lock byte-identical: cargo rewrites an out-of-date lockfile while
// building; the original bytes are put back afterwards, also when the build fails or is stopped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface LockfileGuard {
  /** Puts the original bytes back; true when cargo had changed the file. */
  restore(): boolean
}

export function protectLockfile(workspaceRoot: string): LockfileGuard {
  const file = path.join(workspaceRoot, 'Cargo.lock')
  if (!existsSync(file)) return { restore: () => false }
  const original = readFileSync(file)
  const restore = (): boolean => {
    if (!existsSync(file) || !readFileSync(file).equals(original)) {
      writeFileSync(file, original)
      return true
    }
    return false
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    restore()
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return {
    restore: () => {
      process.removeListener('SIGINT', onSignal)
      process.removeListener('SIGTERM', onSignal)
      return restore()
    }
  }
}
