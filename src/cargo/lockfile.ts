// Keeps the user's Cargo.lock byte-identical: cargo rewrites an out-of-date lockfile while
// building; the original bytes are put back afterwards, also when the build fails or is stopped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { onStop } from '../stop.js'

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
  // Stopped by a signal: put back once cargo has ended (stop.ts runs hooks after the children).
  const forget = onStop(restore)
  return {
    restore: () => {
      forget()
      return restore()
    }
  }
}
