// Fixture crates copied to fresh temporary directories, and snapshots of every file in them.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
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

/** Where Debian's `librust-*-dev` packages put their crates. */
export const DEBIAN_REGISTRY = '/usr/share/cargo/registry'

/**
 * A test-owned CARGO_HOME whose crates-io is Debian's directory of crates, after checking that the
 * crates the test needs (`<name>-<version>` directories) are there. Never the user's.
 */
export function debianCargoHome(needed: string[]): string {
  for (const crate of needed) {
    if (!existsSync(path.join(DEBIAN_REGISTRY, crate)))
      throw new Error(
        `${DEBIAN_REGISTRY}/${crate} is missing: run .ci/run (it installs librust-*-dev)`
      )
  }
  const home = mkdtempSync(path.join(os.tmpdir(), 'ro-cargo-home-'))
  writeFileSync(
    path.join(home, 'config.toml'),
    `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${DEBIAN_REGISTRY}"\n`
  )
  return home
}

/** The registry crates of the `sbom-workspace` fixture (its Cargo.lock's versions). */
export const SBOM_WORKSPACE_CRATES = [
  'memchr-2.5.0',
  'libc-0.2.139',
  'thiserror-1.0.38',
  'thiserror-impl-1.0.38',
  'syn-1.0.107',
  'quote-1.0.21',
  'proc-macro2-1.0.47',
  'unicode-ident-1.0.0'
]

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
