// Fixture crates copied to fresh temporary directories, and snapshots of every file in them.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from './action.js'

export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')

/** Copies `__tests__/fixtures/<name>` to a new temporary directory and returns its path. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ro-${name}-`))
  cpSync(path.join(FIXTURES, name), dir, { recursive: true })
  return dir
}

/** sha256 of every file under `dir`, skipping cargo's target directories. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const entry of readdirSync(d)) {
      const full = path.join(d, entry)
      if (statSync(full).isDirectory()) {
        if (entry !== 'target') walk(full)
      } else {
        out[path.relative(dir, full)] = createHash('sha256')
          .update(readFileSync(full))
          .digest('hex')
      }
    }
  }
  walk(dir)
  return out
}
