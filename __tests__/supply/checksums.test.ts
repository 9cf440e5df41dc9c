// SHA256SUMS: the lines are what GNU sha256sum writes and reads, for files in several directories.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  builtTargetDirectory,
  checksumLine,
  checksumsPath,
  checksumsText,
  writeChecksums
} from '../../src/supply/checksums.js'
import { requireTool } from '../support/tools.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

test('names are relative to the file, with / separators, and escaped like GNU sha256sum', () => {
  const dir = '/t/target/rust-optimize'
  const h = 'ab'.repeat(32)
  expect(
    checksumLine(dir, { path: '/t/target/x86_64-unknown-linux-gnu/release/app', sha256: h })
  ).toBe(`${h}  ../x86_64-unknown-linux-gnu/release/app`)
  expect(checksumLine(dir, { path: '/t/target/rust-optimize/a\\b', sha256: h })).toBe(
    `\\${h}  a\\\\b`
  )
  expect(checksumLine(dir, { path: '/t/target/n\nl', sha256: h })).toBe(`\\${h}  ../n\\nl`)
  expect(checksumsPath('/t/target')).toBe('/t/target/rust-optimize/SHA256SUMS')
})

test("the artifacts' own target directory: --target-dir honoured, metadata's when they disagree", () => {
  const T = 'x86_64-unknown-linux-gnu'
  const A = 'aarch64-unknown-linux-gnu'
  const at = (p: string, target = T) => ({ path: p, target })
  expect(
    builtTargetDirectory(
      [at(`/w/out/${T}/release/app`), at(`/w/out/${A}/release/app`, A)],
      '/w/target'
    )
  ).toBe('/w/out')
  expect(
    builtTargetDirectory([at(`/w/out/${T}/release/app`), at('/w/dist/app')], '/w/target')
  ).toBe('/w/target')
  expect(
    builtTargetDirectory([at(`/w/out/${T}/release/app`), at(`/x/${T}/release/app`)], '/w/target')
  ).toBe('/w/target')
  expect(builtTargetDirectory([], '/w/target')).toBe('/w/target')
})

test('each path once, in order, every line ending in a newline', () => {
  const a = { path: '/d/a', sha256: sha('a') }
  const b = { path: '/d/b', sha256: sha('b') }
  expect(checksumsText('/d', [a, b, a])).toBe(`${a.sha256}  a\n${b.sha256}  b\n`)
  expect(checksumsText('/d', [])).toBe('')
})

test('sha256sum -c accepts the file for artifacts of two triples, and rejects a changed byte', () => {
  requireTool('sha256sum')
  const target = mkdtempSync(path.join(os.tmpdir(), 'ro-sums-'))
  const files = ['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu'].map((triple, i) => {
    const dir = path.join(target, triple, 'release')
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, i === 0 ? 'app' : 'odd name\\x')
    writeFileSync(file, triple)
    return { path: file, sha256: sha(triple) }
  })
  const sums = writeChecksums(target, files)
  const check = () => spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: path.dirname(sums) })
  expect(
    execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: path.dirname(sums), encoding: 'utf8' })
  ).toContain('app: OK')
  const bytes = readFileSync(files[1].path)
  bytes[0] ^= 1
  writeFileSync(files[1].path, bytes)
  expect(check().status).not.toBe(0)
})
