// size-breakdown end to end: real cargo builds of a workspace whose dependency holds a known amount
// of generated code, a push then a pull request against the loopback Actions cache service, and
// the debug weight of a profile with `debug = 1`.
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, baseEnv, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'

const T = 'x86_64-unknown-linux-gnu'
let server: CacheServer

beforeAll(async () => {
  server = await startCacheServer()
})
afterAll(async () => server.close())

interface Crate {
  name: string
  size: number
  baseline: number | null
  delta: number | null
}
interface Out {
  name: string
  path: string
  size: number
  crates: Crate[] | null
}
const artifactsOf = (r: ActionRun): Out[] => JSON.parse(r.outputs.artifacts) as Out[]

function tool(name: string): string {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' })
  } catch {
    throw new Error(`${name} is missing: run .ci/run to install the test tools`)
  }
  return name
}

/** The env of a plain `cargo build` with the profile the action reported, key by key. */
function profileEnv(r: ActionRun, extra: Record<string, string> = {}): Record<string, string> {
  const profile = JSON.parse(r.outputs.profile) as Record<string, { value: unknown }>
  const env: Record<string, string> = {}
  for (const [key, { value }] of Object.entries(profile))
    env[`CARGO_PROFILE_RELEASE_${key.toUpperCase().replace(/-/g, '_')}`] = String(value)
  return { ...env, ...extra }
}

/**
 * A plain cargo build of `cwd`; the path of `bin`. Its target directory `<cwd>/tplain` has a name
 * as long as `target`, so paths compiled into the program have the same length.
 */
function plainBuild(
  cwd: string,
  env: Record<string, string>,
  bin: string,
  args: string[] = []
): string {
  const targetDir = path.join(cwd, 'tplain')
  execFileSync('cargo', ['build', '--release', '--target', T, '--target-dir', targetDir, ...args], {
    cwd,
    env: { ...baseEnv(), ...env } as NodeJS.ProcessEnv,
    stdio: 'ignore'
  })
  return path.join(targetDir, T, 'release', bin)
}

/** Bytes of code (`nm -S`, text symbols) whose demangled names start with `<crate>::`. */
function symbolBytes(file: string, crate: string): number {
  const out = execFileSync(tool('nm'), ['-S', '-C', '--defined-only', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  let sum = 0
  for (const line of out.split('\n')) {
    const m = /^[0-9a-f]+ ([0-9a-f]+) [tTwW] (.*)$/.exec(line)
    if (m !== null && m[2].startsWith(`${crate}::`)) sum += parseInt(m[1], 16)
  }
  return sum
}

function run(
  cwd: string,
  runnerTemp: string,
  ev: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    cwd,
    runnerTemp,
    inputs: {
      preset: 'size',
      sccache: 'false',
      comment: 'false',
      targets: T,
      ...inputs
    },
    env: {
      ...server.env(),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'build',
      GITHUB_REPOSITORY: 'octo/app',
      ...ev
    }
  })
}

test('code per crate: the big dependency first and accurate, the shipped size unchanged, and a pull request names the crate it adds', async () => {
  const project = copyFixture('breakdown-app')
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-breakdown-temp-'))
  const push = await run(project, runnerTemp, {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '500',
    GITHUB_SHA: '500abcdef'
  })
  expect(push.code).toBe(0)
  const [app] = artifactsOf(push)
  const crates = app.crates as Crate[]
  // The generated dependency is first; the bin is one entry under cargo's name for it.
  expect(crates[0]).toEqual({
    name: 'bulk_gen',
    size: expect.any(Number),
    baseline: null,
    delta: null
  })
  expect(crates.map((c) => c.name)).toEqual(expect.arrayContaining(['std', 'breakdown-app']))
  expect(crates.map((c) => c.name)).not.toContain('breakdown_app')
  expect(crates.map((c) => c.name)).not.toContain('extra')
  expect([...crates].sort((a, b) => b.size - a.size)).toEqual(crates)

  // The shipped file has exactly the size a plain cargo build of the same profile gives.
  const plain = plainBuild(project, profileEnv(push), 'breakdown-app')
  expect(statSync(plain).size).toBe(app.size)

  // Within 15% of what bulk_gen's symbols hold in an unstripped build of the same profile.
  const unstripped = plainBuild(
    project,
    profileEnv(push, { CARGO_PROFILE_RELEASE_STRIP: 'none' }),
    'breakdown-app'
  )
  const truth = symbolBytes(unstripped, 'bulk_gen')
  expect(truth).toBeGreaterThan(100_000)
  expect(Math.abs(crates[0].size - truth) / truth).toBeLessThan(0.15)
  expect(push.outputs.report).toContain(
    'Code by crate in <code>x86_64-unknown-linux-gnu/breakdown-app</code>'
  )
  expect(push.outputs.report).toContain('estimate of machine code')

  // The pull request pulls in one more dependency (its Cargo.toml turns it on by default): its
  // crates show it, and the report names it.
  const manifest = path.join(project, 'app', 'Cargo.toml')
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace('[features]\n', '[features]\ndefault = ["with-extra"]\n')
  )
  const pr = await run(project, runnerTemp, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF_NAME: '9/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_RUN_ID: '501',
    GITHUB_SHA: '501abcdef'
  })
  expect(pr.code).toBe(0)
  const prCrates = artifactsOf(pr)[0].crates as Crate[]
  const extra = prCrates.find((c) => c.name === 'extra') as Crate
  expect(extra).toEqual({ name: 'extra', size: expect.any(Number), baseline: 0, delta: extra.size })
  expect(extra.size).toBeGreaterThan(20_000)
  const bulk = prCrates.find((c) => c.name === 'bulk_gen') as Crate
  expect(bulk.baseline).toBe(crates[0].size)
  expect(bulk.delta).toBe(bulk.size - crates[0].size)
  const verdict = pr.outputs.report.split('\n')[0]
  expect(verdict).toMatch(/vs base branch `main`/)
  expect(verdict).toMatch(/, mostly `extra` \+\d+\.\d KiB/)
  expect(pr.outputs.report).toMatch(/\| `extra` \| [\d.]+ KiB \| [\d.]+% \| new, \+[\d.]+ KiB \|/)
})

test('debug = 1: the report weighs the debug info, and debug-symbols ships the file fully stripped', async () => {
  const project = copyFixture('report-bin')
  appendFileSync(path.join(project, 'Cargo.toml'), '\n[profile.release]\ndebug = 1\n')
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-breakdown-debug-'))
  const ev = { GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: '600' }
  const kept = await run(project, runnerTemp, ev, { baseline: 'none' })
  expect(kept.code).toBe(0)
  const report = kept.outputs.report
  expect(report).toContain('**Debug info and symbols in the shipped files:**')
  const line =
    /- `x86_64-unknown-linux-gnu\/report-bin`: ([\d.]+) (KiB|MiB) of ([\d.]+) (KiB|MiB) \(([\d.]+)%\)/.exec(
      report
    )
  expect(line).not.toBeNull()
  expect(Number((line as RegExpExecArray)[5])).toBeGreaterThan(30)
  expect(report).toContain('Set `debug-symbols: true` to keep them in a separate file')

  const split = await run(
    project,
    runnerTemp,
    { ...ev, GITHUB_RUN_ID: '601' },
    {
      baseline: 'none',
      'debug-symbols': 'true'
    }
  )
  expect(split.code).toBe(0)
  const [shipped] = artifactsOf(split) as (Out & { debugSymbols: string })[]
  expect(statSync(shipped.debugSymbols).size).toBeGreaterThan(0)
  expect(split.outputs.report).not.toContain('Debug info and symbols in the shipped files')
  // The same profile fully stripped by the linker.
  const stripped = plainBuild(
    project,
    profileEnv(kept, { CARGO_PROFILE_RELEASE_STRIP: 'symbols' }),
    'report-bin'
  )
  expect(shipped.size / statSync(stripped).size).toBeLessThanOrEqual(1.01)
})

test('a run with nothing to do reuses the attribution kept for the same bytes; a changed binary is attributed again', async () => {
  const project = copyFixture('breakdown-app')
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-breakdown-temp-'))
  const ev = { GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main', GITHUB_SHA: '600abcdef' }
  const noBaseline = { baseline: 'none' }
  const first = await run(project, runnerTemp, { ...ev, GITHUB_RUN_ID: '600' }, noBaseline)
  expect(first.code).toBe(0)
  expect(first.stdout).toContain('size-breakdown: breakdown-app: attributed from its linker map')
  const again = await run(project, runnerTemp, { ...ev, GITHUB_RUN_ID: '601' }, noBaseline)
  expect(again.code).toBe(0)
  expect(again.stdout).toContain('size-breakdown: breakdown-app: unchanged, attribution reused')
  expect(again.stdout).not.toContain('attributed from its linker map')
  expect(artifactsOf(again)).toEqual(artifactsOf(first))
  expect(again.outputs.report).toBe(first.outputs.report)

  // Other code in the binary: its bytes change, and the sizes are read from the new map.
  appendFileSync(
    path.join(project, 'app', 'src', 'main.rs'),
    '\n#[used]\nstatic PADDING: [u8; 4096] = [7; 4096];\n'
  )
  const changed = await run(project, runnerTemp, { ...ev, GITHUB_RUN_ID: '602' }, noBaseline)
  expect(changed.code).toBe(0)
  expect(changed.stdout).toContain('size-breakdown: breakdown-app: attributed from its linker map')
  const [before] = artifactsOf(first)
  const [after] = artifactsOf(changed)
  expect(after.size).not.toBe(before.size)
  expect(after.crates?.map((c) => c.name)).toEqual(before.crates?.map((c) => c.name))
}, 600_000)
