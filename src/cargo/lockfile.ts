// The user's Cargo.lock: an existing one stays byte-identical (cargo rewrites an out-of-date
// lockfile while building; the original bytes are put back after each build, also when it fails
// or is stopped), and one cargo creates in a workspace that had none leaves the user's tree at the
// end of the run (kept in cargo's target directory).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

/** What the run-wide guard needs to know of the workspace once cargo metadata has answered. */
export interface LockWorkspace {
  workspaceRoot: string
  targetDirectory: string
}

export interface NewLockfileGuard {
  /** The workspace cargo metadata names: its root is the one watched, its target dir keeps the lock. */
  known(workspace: LockWorkspace): void
  /**
   * Moves a Cargo.lock cargo created in a workspace that had none to
   * `<target-dir>/rust-optimize/Cargo.lock`, with a copy in each directory of `artifacts` (the
   * contract keeps the resolved lock beside them), and logs where; returns that line (null when
   * there is nothing to move, or it could not be moved: a warning then says why). Only the first
   * call does anything; it also runs when the run is stopped by a signal.
   */
  finish(artifacts?: string[]): string | null
}

type GuardLogger = { info(message: string): void; warning(message: string): void }

/**
 * No file is added to the user's tree: cargo writes a Cargo.lock where the workspace has none.
 * Created before anything runs cargo, it notes which of `manifestDir` and its ancestors (where
 * cargo looks for the workspace root) have no Cargo.lock; a few stat calls, no cargo call.
 */
export function guardNewLockfile(manifestDir: string, logger: GuardLogger): NewLockfileGuard {
  const checked = new Set<string>()
  const missing = new Set<string>()
  for (let dir = path.resolve(manifestDir); ; dir = path.dirname(dir)) {
    checked.add(dir)
    if (!existsSync(path.join(dir, 'Cargo.lock'))) missing.add(dir)
    if (path.dirname(dir) === dir) break
  }
  let workspace: LockWorkspace | null = null
  let finished = false
  const forget = onStop(() => finish())
  const finish = (artifacts: string[] = []): string | null => {
    if (finished) return null
    finished = true
    forget()
    // Until cargo metadata has named the root, any of the candidates (cargo writes only there).
    const dirs = workspace === null ? [...missing] : [workspace.workspaceRoot]
    for (const dir of dirs.filter((d) => missing.has(d))) {
      const file = path.join(dir, 'Cargo.lock')
      if (existsSync(file))
        return moveAway(file, workspace?.targetDirectory ?? null, artifacts, logger)
    }
    return null
  }
  return {
    known: (w) => {
      const root = path.resolve(w.workspaceRoot)
      workspace = { workspaceRoot: root, targetDirectory: w.targetDirectory }
      // A root that is not an ancestor (package.workspace elsewhere): checked now, before any build.
      if (!checked.has(root) && !existsSync(path.join(root, 'Cargo.lock'))) missing.add(root)
    },
    finish
  }
}

function moveAway(
  file: string,
  targetDir: string | null,
  artifacts: string[],
  logger: GuardLogger
): string | null {
  const dir = path.dirname(file)
  try {
    if (targetDir === null) {
      // Stopped before cargo metadata answered: no target directory to keep it in.
      rmSync(file)
      const line = `Cargo.lock: ${dir} had none and cargo created one; it was removed (the run stopped before the target directory was known)`
      logger.info(line)
      return line
    }
    const kept = path.join(targetDir, 'rust-optimize', 'Cargo.lock')
    mkdirSync(path.dirname(kept), { recursive: true })
    copyFileSync(file, kept)
    const beside = [...new Set(artifacts.map((a) => path.join(path.dirname(a), 'Cargo.lock')))]
    for (const copy of beside) copyFileSync(file, copy)
    rmSync(file)
    const also = beside.length > 0 ? ` and beside the artifacts (${beside.join(', ')})` : ''
    const line = `Cargo.lock: ${dir} had none, so cargo created one; it was removed from there, and the lock this build resolved is kept as ${kept}${also}`
    logger.info(line)
    return line
  } catch (error) {
    logger.warning(
      `Cargo.lock: cargo created ${file} (the workspace had none) and it could not be removed: ${(error as Error).message}`
    )
    return null
  }
}
