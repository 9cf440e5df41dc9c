// Helpers for PGO tests: required tools, instruction counts, and PATHs with some tools hidden.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Fails with a pointer to .ci/run when a tool the test needs is not installed. */
export function requireTool(name: string): string {
  const found = spawnSync('which', [name], { encoding: 'utf8' })
  if (found.status !== 0) throw new Error(`'${name}' is not installed: run .ci/run`)
  return found.stdout.trim()
}

/** Instructions executed by `program args` (valgrind cachegrind: deterministic). */
export function instructions(program: string, args: string[]): number {
  requireTool('valgrind')
  const r = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', program, ...args],
    { encoding: 'utf8' }
  )
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr)
  if (r.status !== 0 || m === null) throw new Error(`cachegrind failed:\n${r.stderr}`)
  return Number(m[1].replace(/,/g, ''))
}

/**
 * A PATH holding every program of the current PATH except those whose names match `hidden`
 * (symlinks in one new directory), so a test sees a machine without them.
 */
export function pathWithout(hidden: RegExp): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-path-'))
  for (const from of (process.env.PATH ?? '').split(path.delimiter)) {
    if (from === '' || !existsSync(from)) continue
    for (const name of readdirSync(from)) {
      if (hidden.test(name) || existsSync(path.join(dir, name))) continue
      symlinkSync(path.join(from, name), path.join(dir, name))
    }
  }
  return dir
}

export function rustcVersionText(): string {
  return execFileSync('rustc', ['-vV'], { encoding: 'utf8' })
}
