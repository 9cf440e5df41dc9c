// The warm entry end to end through the bundled action: real cargo builds of a workspace whose
// registry dependencies (Debian's crates under /usr/share/cargo/registry) have build scripts and
// proc-macros, the real Debian sccache, and the loopback Actions cache service. Every job runs on a
// "fresh runner": a new checkout directory, a new RUNNER_TEMP, an empty target directory; only the
// cache service and the CARGO_HOME layout (the same test-owned CARGO_HOME) carry over.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseEnv, runAction, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture, debianCargoHome } from '../support/fixtures.js'
import { listObjects, objectNames } from '../../src/sccache/prune.js'
import { stopTracked, track } from '../support/sccache.js'

const NEEDED = ['serde-1.0.152', 'serde_derive-1.0.152', 'thiserror-1.0.38', 'proc-macro2-1.0.47']
const HOST_ONLY = ['proc-macro2', 'quote', 'syn', 'unicode-ident', 'serde_derive', 'thiserror-impl']

const INPUTS = {
  preset: 'quick',
  'target-cpu': 'none',
  baseline: 'none',
  comment: 'false'
}

let server: CacheServer
let cargoHome: string
const cleanup: string[] = []

beforeAll(async () => {
  // Test-owned CARGO_HOME: crates-io replaced by Debian's directory of crates. The same path on
  // every "runner", as ~/.cargo is on GitHub's runners.
  cargoHome = debianCargoHome(NEEDED)
  cleanup.push(cargoHome)
  server = await startCacheServer()
})

afterAll(async () => {
  stopTracked()
  await server.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

interface Job {
  main: ActionRun
  post: ActionRun
  ws: string
  compiled: string[]
  sha256: string
}

function compiledCrates(log: string): string[] {
  return [...log.matchAll(/^\s*Compiling (\S+) v/gm)].map((m) => m[1]).sort()
}

/** A fresh checkout of the fixture, with an optional change, and its Cargo.lock. */
function checkout(change?: (ws: string) => void): string {
  const ws = copyFixture('warm-workspace')
  cleanup.push(ws)
  change?.(ws)
  execFileSync('cargo', ['generate-lockfile', '--offline'], {
    cwd: ws,
    env: { ...baseEnv(), CARGO_HOME: cargoHome },
    stdio: 'pipe'
  })
  return ws
}

async function job(
  ws: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<Job> {
  const runnerTemp = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-warm-runner-')), 'temp')
  cleanup.push(path.dirname(runnerTemp))
  const fullEnv = { ...server.env(), CARGO_HOME: cargoHome, ...env }
  const main = track(
    await runAction({ inputs: { ...INPUTS, ...inputs }, cwd: ws, env: fullEnv, runnerTemp })
  )
  if (main.code !== 0) throw new Error(`action failed:\n${main.stdout}\n${main.stderr}`)
  const post = await runAction({
    entry: 'post',
    cwd: ws,
    env: fullEnv,
    state: main.state,
    runnerTemp
  })
  expect(post.code).toBe(0)
  const artifacts = JSON.parse(main.outputs.artifacts) as { name: string; sha256: string }[]
  expect(artifacts.map((a) => a.name)).toEqual(['app'])
  return { main, post, ws, compiled: compiledCrates(main.stdout), sha256: artifacts[0].sha256 }
}

/** The same checkout built again from an empty target directory, with no cache of any kind. */
async function cleanBuild(
  ws: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<Job> {
  rmSync(path.join(ws, 'target'), { recursive: true, force: true })
  return job(ws, { ...inputs, sccache: 'false', 'warm-cache': 'false' }, env)
}

// The first job of the shared cache-key: a cold build whose entry the next three tests restore.
const SHARED = { 'cache-key': 'shared' }
let primed: Promise<Job> | null = null
const prime = (): Promise<Job> => (primed ??= job(checkout(), SHARED))

/**
 * The crates whose libraries the action's sccache directory still holds after the post step (what
 * it saved), from the file names inside each object: `libcore_lib-<hash>.rlib`.
 */
async function sccacheCrates(run: ActionRun): Promise<string[]> {
  const dir = path.join(run.runnerTemp, 'rust-optimize-sccache')
  const crates = new Set<string>()
  for (const object of listObjects(dir)) {
    for (const name of await objectNames(path.join(dir, object))) {
      const m = /^lib(.+)-[0-9a-f]{16}\.rlib$/.exec(name)
      if (m !== null) crates.add(m[1])
    }
  }
  return [...crates].sort()
}

function warmState(run: ActionRun): { key: string; matchedKey: string | null; compiled: number } {
  return JSON.parse(run.state.warm) as { key: string; matchedKey: string | null; compiled: number }
}

test('a fresh runner restores the warm entry: cargo compiles only the workspace crates', async () => {
  const inputs = SHARED
  const first = await prime()
  expect(first.compiled).toEqual([...HOST_ONLY, 'app', 'core-lib', 'serde', 'thiserror'].sort())
  expect(first.main.stdout).toMatch(
    /warm cache entry: \d+ units of 8 packages \(\d+ libraries, 2 proc-macros, \d+ build scripts, \d+ build-script runs\), [\d.]+ MiB/
  )
  expect(first.post.stdout).toContain(`warm cache saved as ${warmState(first.main).key}`)
  // The registry libraries are in the warm entry: the sccache entry saved beside it keeps only the
  // workspace's own library, not a second copy of theirs.
  expect(first.post.stdout).toMatch(
    /sccache cache: 1 object \([\d.]+ MiB\) kept; left out: [4-9] whose outputs the warm entry holds/
  )
  expect(await sccacheCrates(first.post)).toEqual(['core_lib'])

  // Another checkout path, another RUNNER_TEMP, an empty target directory and sccache directory.
  const second = await job(checkout(), inputs)
  expect(warmState(second.main).matchedKey).toBe(warmState(first.main).key)
  expect(second.main.stdout).toMatch(/warm cache: restored \S+ \(exact hit\): \d+ units put in/)
  // Every registry unit is fresh by cargo's own fingerprints: no build script is compiled or run
  // again, no proc-macro is built; only the workspace's own crates compile.
  expect(second.compiled).toEqual(['app', 'core-lib'])
  expect(second.main.stdout).not.toMatch(/Running .*build-script-build/)
  expect(warmState(second.main).compiled).toBe(0)
  expect(second.post.stdout).toContain('warm cache not saved: exact hit and nothing new')
  // An exact hit is never saved again, so the main step makes no copy of the units for it.
  expect(second.main.stdout).toMatch(
    /warm cache entry: \d+ units of 8 packages \([^)]*\); 0 compiled in this build; not staged, since this key's entry is never saved again/
  )
  expect(existsSync(path.join(second.main.runnerTemp, 'rust-optimize-warm'))).toBe(false)
  expect(second.sha256).toBe(first.sha256)
})

test("a dependency's feature set changed: serde rebuilds, the binary equals a clean build", async () => {
  const inputs = SHARED
  await prime()
  const changed = await job(checkout(), { ...inputs, features: 'rc' })
  // The key changed (features are part of it); the entry came from the prefix fallback.
  expect(warmState(changed.main).matchedKey).not.toBeNull()
  expect(warmState(changed.main).matchedKey).not.toBe(warmState(changed.main).key)
  expect(changed.compiled).toContain('serde')
  for (const crate of HOST_ONLY) expect(changed.compiled).not.toContain(crate)
  const clean = await cleanBuild(changed.ws, { ...inputs, features: 'rc' })
  expect(clean.compiled).toContain('serde_derive')
  expect(changed.sha256).toBe(clean.sha256)
})

test('RUSTFLAGS changed: the target crates rebuild, the binary equals a clean build', async () => {
  const inputs = SHARED
  await prime()
  const env = { RUSTFLAGS: '-C overflow-checks=on' }
  const changed = await job(checkout(), inputs, env)
  expect(warmState(changed.main).matchedKey).not.toBeNull()
  expect(warmState(changed.main).matchedKey).not.toBe(warmState(changed.main).key)
  // With --target, RUSTFLAGS reach the target's crates only: build scripts and proc-macros stay.
  expect(changed.compiled).toEqual(['app', 'core-lib', 'serde', 'thiserror'])
  const clean = await cleanBuild(changed.ws, inputs, env)
  expect(changed.sha256).toBe(clean.sha256)
})

test('three Cargo.lock contents in a row: each entry holds only its own build', async () => {
  const inputs = { 'cache-key': 'bounded' }
  const withoutThiserror = (ws: string): void => {
    const manifest = path.join(ws, 'app', 'Cargo.toml')
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('thiserror = "1"\n', ''))
    const main = path.join(ws, 'app', 'src', 'main.rs')
    writeFileSync(
      main,
      readFileSync(main, 'utf8')
        .replace(/#\[derive\(thiserror::Error[^]*?struct Bad\(i32\);/, '')
        .replace(', Bad(2)', ', 2')
    )
  }
  const extraDep = (ws: string): void => {
    const manifest = path.join(ws, 'app', 'Cargo.toml')
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}unicode-ident = "1"\n`)
  }
  const runs = [
    await job(checkout(), inputs),
    await job(checkout(withoutThiserror), inputs),
    await job(checkout(extraDep), inputs)
  ]
  const keys = runs.map((r) => warmState(r.main).key)
  expect(new Set(keys).size).toBe(3)
  const entries = keys.map((k) => {
    const found = server.entries.filter((e) => e.key === k && e.finalized)
    expect(found).toHaveLength(1)
    return found[0]
  })
  const manifests = runs.map(
    (r) =>
      JSON.parse(
        readFileSync(path.join(r.main.runnerTemp, 'rust-optimize-warm', 'manifest.json'), 'utf8')
      ) as {
        units: { pkg: string }[]
      }
  )
  const pkgs = manifests.map((m) => [...new Set(m.units.map((u) => u.pkg.split('@')[0]))].sort())
  // The second run restored the first entry but kept only what it used: thiserror is gone.
  expect(pkgs[1]).not.toContain('thiserror')
  expect(pkgs[1]).not.toContain('thiserror-impl')
  expect(pkgs[2]).toEqual(pkgs[0])
  const sizes = entries.map((e) => e.data.length)
  // The bound: an entry is never larger than one build's registry units; with the same
  // dependencies the third entry is the first one's size (within compression noise), and every
  // entry of this workspace stays under 8 MiB compressed.
  expect(sizes[1]).toBeLessThan(sizes[0])
  expect(Math.abs(sizes[2] - sizes[0])).toBeLessThan(sizes[0] * 0.05)
  for (const size of sizes) expect(size).toBeLessThan(8 * 1048576)
  // The sccache entries beside them hold only the workspace's library (about 10 KiB compressed):
  // the registry libraries are in the warm entries, and what the previous sccache entry held but
  // this run did not use (the library built on another checkout path) is left out.
  expect(runs[1].post.stdout).toMatch(
    /^sccache cache: 1 object \([\d.]+ MiB\) kept; left out: 1 this run did not use$/m
  )
  for (const r of runs) {
    const key = (JSON.parse(r.main.state.sccache) as { local: { key: string } }).local.key
    const saved = server.entries.filter((e) => e.key === key && e.finalized)
    expect(saved).toHaveLength(1)
    expect(saved[0].data.length).toBeLessThan(64 * 1024)
    expect(await sccacheCrates(r.post)).toEqual(['core_lib'])
  }
})

test('sccache off, warm caching on: the post step saves the warm entry and a fresh runner restores it', async () => {
  const inputs = { 'cache-key': 'no-sccache', sccache: 'false', 'warm-cache': 'true' }
  const first = await job(checkout(), inputs)
  expect(first.main.state.sccache ?? '').toBe('')
  expect(first.post.stdout).toContain(`warm cache saved as ${warmState(first.main).key}`)
  // The variable the input replaced still works for one release, with a warning.
  const env = { RUST_OPTIMIZE_WARM_CACHE: 'true' }
  const second = await job(checkout(), { ...inputs, 'warm-cache': 'auto' }, env)
  expect(second.main.stdout).toContain(
    "::warning::RUST_OPTIMIZE_WARM_CACHE is deprecated: set the input 'warm-cache: true' instead"
  )
  expect(warmState(second.main).matchedKey).toBe(warmState(first.main).key)
  expect(second.compiled).toEqual(['app', 'core-lib'])
  expect(second.sha256).toBe(first.sha256)
})
