// Reading back a binary's `.dep-v0` section as scanners do: binutils dumps it (not the objcopy
// that wrote it) and zlib inflates it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inflateSync } from 'node:zlib'

export interface Listed {
  name: string
  version: string
  source: string
  kind?: string
  dependencies?: number[]
  root?: boolean
}

/** The list in `file`, as binutils reads the section and zlib inflates it. */
export function listIn(file: string): { packages: Listed[]; format: number } {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-dep-v0-')), 'section')
  execFileSync('objcopy', [
    '--dump-section',
    `.dep-v0=${out}`,
    file,
    path.join(path.dirname(out), 'copy')
  ])
  return JSON.parse(inflateSync(readFileSync(out)).toString('utf8')) as {
    packages: Listed[]
    format: number
  }
}

/** `readelf -SW`'s lines naming the section: its flags column must not say A (loaded). */
export function sectionLines(file: string): string[] {
  const text = execFileSync('readelf', ['-SW', file], { encoding: 'utf8' })
  return text.split('\n').filter((l) => l.includes('.dep-v0'))
}

/** Each package of a list as one line: `name@version source kind[ root]`. */
export const named = (list: { packages: Listed[] }): string[] =>
  list.packages.map(
    (p) => `${p.name}@${p.version} ${p.source} ${p.kind ?? 'runtime'}${p.root ? ' root' : ''}`
  )

/**
 * sbom-workspace's app-a without its `extra` feature, as `named` gives it: libc (optional) and
 * testkit (a dev-dependency) are absent; what only build scripts and proc-macros use is `build`.
 */
export const APP_A_LIST = [
  'app-a@0.3.0 local runtime root',
  'gen@0.1.0 local build',
  'memchr@2.5.0 crates.io runtime',
  'proc-macro2@1.0.47 crates.io build',
  'quote@1.0.21 crates.io build',
  'syn@1.0.107 crates.io build',
  'thiserror@1.0.38 crates.io runtime',
  'thiserror-impl@1.0.38 crates.io build',
  'unicode-ident@1.0.0 crates.io build',
  'util-a@0.1.0 local runtime'
]
