// Pruning the local sccache directory before it is saved, on objects the real sccache wrote for a
// real cargo build, and through the post step's save (the action's own directory is pruned, a
// user's SCCACHE_DIR never is). The rules on their own: prune-plan.test.ts.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { listObjects, objectNames, pruneLocalDir } from '../../src/sccache/prune.js'
import { finishSccache } from '../../src/sccache/post.js'
import { quickStartMs, startServer } from '../../src/sccache/server.js'
import type { SccacheState } from '../../src/sccache/setup.js'
import type { Logger } from '../../src/logger.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { baseEnv } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import { freePort, requireTool } from '../support/sccache.js'

const silent: Logger = {
  info: () => undefined,
  warning: () => undefined,
  annotate: () => undefined,
  group: (_name, fn) => fn()
}

describe('on the objects the real sccache wrote', () => {
  let dir: string
  let ws: string
  /** crate name → its unit hash (from the rlib cargo wrote) and its object (relative path). */
  const crates = new Map<string, { hash: string; object: string }>()
  let server: CacheServer
  /** The build's sccache server, left running for the post step to read its stats and stop it. */
  let sccacheEnv: Record<string, string>

  beforeAll(async () => {
    requireTool('sccache')
    server = await startCacheServer()
  })
  afterAll(() => server.close())

  /** Builds the 4-library fixture through a fresh sccache directory; maps crates to objects. */
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ro-prune-'))
    ws = copyFixture('sccache-workspace')
    sccacheEnv = { SCCACHE_DIR: dir, SCCACHE_SERVER_PORT: String(await freePort()) }
    // Started as the action starts it: Debian's sccache, started by cargo's first call, sometimes
    // loses its own start-up report under load and fails the build.
    await startServer('sccache', { ...baseEnv(), ...sccacheEnv }, dir, quickStartMs('local'))
    const env = { ...baseEnv(), ...sccacheEnv, RUSTC_WRAPPER: 'sccache', CARGO_INCREMENTAL: '0' }
    execFileSync('cargo', ['build', '--release', '--offline', '-q'], { cwd: ws, env })
    crates.clear()
    for (const object of listObjects(dir)) {
      for (const name of await objectNames(path.join(dir, object))) {
        const m = /^lib(.+)-([0-9a-f]{16})\.rlib$/.exec(name)
        if (m !== null) crates.set(m[1], { hash: m[2], object })
      }
    }
    expect([...crates.keys()].sort()).toEqual(['alpha', 'beta', 'delta', 'gamma'])
  })
  afterEach(() => {
    try {
      execFileSync('sccache', ['--stop-server'], {
        env: { ...baseEnv(), ...sccacheEnv },
        stdio: 'ignore'
      })
    } catch {
      // the post step stopped it
    }
    rmSync(dir, { recursive: true, force: true })
    rmSync(ws, { recursive: true, force: true })
  })

  const present = (crate: string): boolean =>
    existsSync(path.join(dir, crates.get(crate)?.object ?? 'missing'))

  test('what the warm entry holds and what this run did not use go; the rest and foreign files stay', async () => {
    const since = Date.now() - 60_000
    // gamma came with the restore and this run never asked for it: an old mtime.
    const old = new Date(since - 3600_000)
    utimesSync(path.join(dir, crates.get('gamma')?.object ?? ''), old, old)
    // Files that are not sccache objects are not the action's to judge.
    mkdirSync(path.join(dir, 'preprocessor'), { recursive: true })
    writeFileSync(path.join(dir, 'preprocessor', 'entry'), 'x')
    utimesSync(path.join(dir, 'preprocessor', 'entry'), old, old)
    const warm = new Set([crates.get('alpha')?.hash ?? '', crates.get('beta')?.hash ?? ''])

    const counts = await pruneLocalDir(dir, since, warm)

    expect(counts).toMatchObject({ kept: 1, unused: 1, inWarm: 2 })
    expect(counts.keptBytes).toBeGreaterThan(0)
    expect(['alpha', 'beta', 'gamma', 'delta'].map(present)).toEqual([false, false, false, true])
    expect(readdirSync(path.join(dir, 'preprocessor'))).toEqual(['entry'])
  })

  const state = (owned: boolean): SccacheState => ({
    bin: requireTool('sccache'),
    env: sccacheEnv,
    backend: 'local',
    saveCache: true,
    // Everything predates `since`: a run that used nothing it restored and compiled nothing.
    local: {
      dir,
      key: `prune-${String(owned)}`,
      matchedKey: null,
      since: Date.now() + 60_000,
      owned
    }
  })

  /** The post step's sccache part, saving into the loopback cache service (its log kept quiet). */
  async function post(s: SccacheState): Promise<void> {
    const saved = { ...process.env }
    const write = process.stdout.write
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-prune-runner-'))
    Object.assign(process.env, server.env(), { RUNNER_TEMP: runnerTemp })
    process.stdout.write = () => true
    try {
      const result = await finishSccache(s, { ...process.env }, silent, true, new Set())
      expect(result.saved).toEqual({ key: s.local?.key })
    } finally {
      process.stdout.write = write
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
      rmSync(runnerTemp, { recursive: true, force: true })
    }
    expect(server.entries.filter((e) => e.key === s.local?.key && e.finalized)).toHaveLength(1)
  }

  test("the post step prunes the action's own directory before saving it", async () => {
    await post(state(true))
    expect(listObjects(dir)).toEqual([])
  })

  test("a user's SCCACHE_DIR is saved as it is: nothing in it is deleted", async () => {
    const before = listObjects(dir)
    await post(state(false))
    expect(listObjects(dir)).toEqual(before)
    expect(before).toHaveLength(4)
  })
})
