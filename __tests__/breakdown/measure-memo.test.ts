// The attribution kept beside a linker map: a run that relinks nothing reads it instead of
// demangling every symbol again, and only ever for the very artifact bytes it was computed from.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureCrates, memoKey } from '../../src/breakdown/measure.js'

const T = 'x86_64-unknown-linux-gnu'

/** Links `source` with rustc into `<dir>/release/app`, its map where the wrapper would put it. */
function link(dir: string, source: string, out = path.join(dir, 'release', 'app')): string {
  const maps = path.join(dir, 'release', 'rust-optimize-maps')
  mkdirSync(maps, { recursive: true })
  const file = path.join(dir, 'main.rs')
  writeFileSync(file, source)
  try {
    execFileSync(
      'rustc',
      ['--crate-name', 'app', '--crate-type', 'bin', '--target', T, '-C', 'opt-level=1'].concat([
        '-C',
        `link-arg=-Wl,-Map=${path.join(maps, 'app.bin.map')}`,
        '-o',
        out,
        file
      ]),
      { stdio: 'pipe' }
    )
  } catch (error) {
    throw new Error(`rustc could not link the fixture (run .ci/run): ${String(error)}`, {
      cause: error
    })
  }
  return out
}

const artifact = (file: string) => ({
  path: file,
  kind: 'bin',
  target: T,
  crate: 'app',
  sha256: createHash('sha256').update(readFileSync(file)).digest('hex')
})
const memoOf = (file: string) =>
  path.join(path.dirname(file), 'rust-optimize-maps', 'app.bin.map.crates.json')

test('the second measurement of unchanged bytes reads the memo; changed bytes are measured again', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-memo-'))
  const bin = link(dir, 'fn main() { println!("{}", std::env::args().count()); }')
  const first = await measureCrates(artifact(bin), ['app'])
  expect(first.note).toBeNull()
  expect(first.reused).toBe(false)
  const std = first.crates?.find((c) => c.name === 'std')
  expect(std?.size).toBeGreaterThan(1000)

  // The memo holds what was measured; planting other sizes under the same key shows it is read,
  // and neither the map nor the artifact's sections are: a map gone does not matter.
  const memo = JSON.parse(readFileSync(memoOf(bin), 'utf8')) as {
    key: string
    sizes: { name: string; size: number }[]
  }
  expect(memo.key).toMatch(/^[0-9a-f]{64}$/)
  const planted = memo.sizes.map((c) => (c.name === 'std' ? { ...c, size: 7 } : c))
  writeFileSync(memoOf(bin), JSON.stringify({ ...memo, sizes: planted }))
  const mapFile = memoOf(bin).replace(/\.crates\.json$/, '')
  const mapText = readFileSync(mapFile, 'utf8')
  rmSync(mapFile)
  const second = await measureCrates(artifact(bin), ['app'])
  expect(second.reused).toBe(true)
  expect(second.crates?.find((c) => c.name === 'std')?.size).toBe(7)
  writeFileSync(mapFile, mapText)

  // Other crates reported: the memo's key no longer matches.
  const other = await measureCrates(artifact(bin), ['app', 'serde'])
  expect(other.reused).toBe(false)
  expect(other.crates?.find((c) => c.name === 'std')?.size).toBe(std?.size)

  // Another program linked at the same path (with its own map): its bytes are attributed anew.
  writeFileSync(memoOf(bin), JSON.stringify({ ...memo, sizes: planted }))
  link(
    dir,
    'fn main() { let v: Vec<String> = std::env::args().collect(); let mut m = std::collections::BTreeMap::new(); for a in &v { *m.entry(a.clone()).or_insert(0u64) += 1; } println!("{:?}", m); }'
  )
  const third = await measureCrates(artifact(bin), ['app'])
  expect(third.reused).toBe(false)
  expect(third.note).toBeNull()
  expect(third.crates?.find((c) => c.name === 'std')?.size).not.toBe(7)
  expect(third.crates?.find((c) => c.name === 'std')?.size).toBeGreaterThan(1000)
}, 60000)

test('a memo never vouches for another artifact: the `.text` sizes must still agree', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-memo-'))
  const bin = link(dir, 'fn main() { println!("{}", std::env::args().count()); }')
  expect((await measureCrates(artifact(bin), ['app'])).note).toBeNull()
  // Another program, linked elsewhere, now sits at the artifact's path; the map and memo stay.
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'ro-memo-'))
  const bigger = link(
    elsewhere,
    'fn main() { let v: Vec<String> = std::env::args().collect(); let mut m = std::collections::BTreeMap::new(); for a in &v { *m.entry(a.clone()).or_insert(0u64) += 1; } println!("{:?} {}", m, format!("{:>9.3}", v.len() as f64)); }'
  )
  copyFileSync(bigger, bin)
  const stale = await measureCrates(artifact(bin), ['app'])
  expect(stale).toEqual({
    crates: null,
    note: 'not measured: the linker map is not of this build',
    reused: false
  })
}, 60000)

test('the memo key does not depend on the order cargo reported the crates in', () => {
  const sha = 'a'.repeat(64)
  expect(memoKey(sha, ['app', 'serde', 'std'])).toBe(memoKey(sha, ['serde', 'std', 'app', 'app']))
  expect(memoKey(sha, ['app', 'serde'])).not.toBe(memoKey(sha, ['app']))
  expect(memoKey(sha, ['app'])).not.toBe(memoKey('b'.repeat(64), ['app']))
})
