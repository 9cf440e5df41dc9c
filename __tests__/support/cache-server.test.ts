// The loopback cache service, driven by the real @actions/cache client (protocol v2).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import * as cache from '@actions/cache'
import { closedPortUrl, startCacheServer, type CacheServer } from './cache-server.js'

let server: CacheServer
let dir: string
const saved: Record<string, string | undefined> = {}
const VARS = [
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_URL',
  'GITHUB_SERVER_URL',
  'ACTIONS_CACHE_MODE',
  'RUNNER_TEMP'
]
let stdout: string[]

beforeAll(async () => {
  for (const v of VARS) saved[v] = process.env[v]
  server = await startCacheServer()
})
afterAll(async () => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v]
    else process.env[v] = saved[v]
  }
  await server.close()
})
beforeEach(() => {
  for (const v of VARS) delete process.env[v]
  Object.assign(process.env, server.env())
  dir = mkdtempSync(path.join(os.tmpdir(), 'ro-cache-server-'))
  process.env.RUNNER_TEMP = path.join(dir, 'runner-temp')
  server.clearFaults()
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

function makeFiles(name: string, content: string): string {
  const p = path.join(dir, name)
  mkdirSync(p, { recursive: true })
  writeFileSync(path.join(p, 'a.txt'), content)
  mkdirSync(path.join(p, 'sub'))
  writeFileSync(path.join(p, 'sub', 'b.bin'), Buffer.alloc(4096, 7))
  return p
}

test('saves an entry through twirp and the signed upload URL, then restores it on an exact key', async () => {
  const p = makeFiles('data', 'hello')
  const before = server.requests.length
  const id = await cache.saveCache([p], 'exact-key-1')
  expect(id).toBeGreaterThan(0)
  const ops = server.requests.slice(before).map((r) => `${r.operation} ${r.status}`)
  expect(ops).toEqual(['CreateCacheEntry 200', 'upload 201', 'FinalizeCacheEntryUpload 200'])
  const create = server.requests[before].body as Record<string, string>
  expect(create.key).toBe('exact-key-1')
  expect(create.version).toMatch(/^[0-9a-f]{64}$/)
  const entry = server.entries.find((e) => e.key === 'exact-key-1')
  expect(entry?.finalized).toBe(true)
  expect(entry?.data.length).toBe(server.requests[before + 1].body)

  rmSync(p, { recursive: true })
  const hit = await cache.restoreCache([p], 'exact-key-1', ['exact-'])
  expect(hit).toBe('exact-key-1')
  expect(readFileSync(path.join(p, 'a.txt'), 'utf8')).toBe('hello')
  expect(readFileSync(path.join(p, 'sub', 'b.bin')).length).toBe(4096)
  const get = server.calls('GetCacheEntryDownloadURL').at(-1)?.body as Record<string, unknown>
  expect(get).toMatchObject({
    key: 'exact-key-1',
    restore_keys: ['exact-'],
    version: create.version
  })
  expect(server.calls('download').at(-1)?.status).toBe(200)
})

test('restore keys match by prefix, newest first; the key itself is a prefix too; a miss restores nothing', async () => {
  const p = makeFiles('prefix', 'old')
  await cache.saveCache([p], 'pfx-linux-aaa')
  writeFileSync(path.join(p, 'a.txt'), 'new')
  await cache.saveCache([p], 'pfx-linux-bbb')
  rmSync(p, { recursive: true })

  expect(await cache.restoreCache([p], 'pfx-linux-ccc', ['pfx-linux-', 'pfx-'])).toBe(
    'pfx-linux-bbb'
  )
  expect(readFileSync(path.join(p, 'a.txt'), 'utf8')).toBe('new')
  expect(await cache.restoreCache([p], 'pfx-linux-a')).toBe('pfx-linux-aaa')
  expect(await cache.restoreCache([p], 'pfx-mac-1', ['pfx-mac-'])).toBeUndefined()
  // A different path set is a different cache version: no match across versions.
  expect(await cache.restoreCache([path.join(dir, 'elsewhere')], 'pfx-linux-bbb')).toBeUndefined()
})

test('entries are immutable: saving an existing key again reserves nothing', async () => {
  const p = makeFiles('immutable', 'one')
  expect(await cache.saveCache([p], 'immutable-key')).toBeGreaterThan(0)
  const count = server.entries.length
  expect(await cache.saveCache([p], 'immutable-key')).toBe(-1)
  expect(server.entries.length).toBe(count)
  expect(server.calls('CreateCacheEntry').at(-1)?.status).toBe(409)
})

test('a seeded entry is served like a saved one', async () => {
  const p = makeFiles('seeded', 'seed')
  await cache.saveCache([p], 'seed-source')
  const source = server.entries.find((e) => e.key === 'seed-source')
  if (source === undefined) throw new Error('not saved')
  server.seed('seed-copy', source.version, source.data)
  rmSync(p, { recursive: true })
  expect(await cache.restoreCache([p], 'seed-copy')).toBe('seed-copy')
  expect(existsSync(path.join(p, 'a.txt'))).toBe(true)
})

test('faults: an unreachable service and a service that answers 500 end in warnings and no entry', async () => {
  const p = makeFiles('faults', 'x')
  await cache.saveCache([p], 'fault-key')

  process.env.ACTIONS_RESULTS_URL = await closedPortUrl()
  expect(await cache.restoreCache([p], 'fault-key')).toBeUndefined()
  expect(await cache.saveCache([p], 'fault-key-2')).toBe(-1)
  expect(stdout.join('')).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/)
  // @actions/cache reports a failed reservation as info, whatever the cause: callers must warn.
  expect(stdout.join('')).toMatch(/Failed to save: Unable to reserve cache with key fault-key-2/)

  Object.assign(process.env, server.env())
  server.fail(500, ['GetCacheEntryDownloadURL'])
  const before = server.calls('GetCacheEntryDownloadURL').length
  expect(await cache.restoreCache([p], 'fault-key')).toBeUndefined()
  // @actions/cache retries a 500 (5 attempts with backoff) before giving up.
  expect(server.calls('GetCacheEntryDownloadURL').length - before).toBe(5)
  expect(server.calls('GetCacheEntryDownloadURL').at(-1)?.status).toBe(500)
  expect(stdout.join('')).toMatch(/::warning::Failed to restore: .*500/)
}, 120000)

test('rejects a wrong token and a wrong signature', async () => {
  const p = makeFiles('auth', 'x')
  process.env.ACTIONS_RUNTIME_TOKEN = 'wrong'
  expect(await cache.saveCache([p], 'auth-key')).toBe(-1)
  expect(server.calls('CreateCacheEntry').at(-1)?.status).toBe(401)
  const res = await fetch(`${server.url}blobs/actions-cache/download-1?sig=forged`)
  expect(res.status).toBe(403)
})

test('large archives: Put Block + Put Block List through the Azure SDK assemble the blob in order', async () => {
  const { BlockBlobClient } = await import('@azure/storage-blob')
  const call = async (op: string, body: unknown): Promise<Record<string, string | boolean>> => {
    const res = await fetch(`${server.url}twirp/github.actions.results.api.v1.CacheService/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(body)
    })
    return (await res.json()) as Record<string, string | boolean>
  }
  const created = await call('CreateCacheEntry', { key: 'blocks', version: 'v' })
  const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251))
  await new BlockBlobClient(String(created.signed_upload_url)).uploadData(data, {
    maxSingleShotSize: 1024,
    blockSize: 1024,
    concurrency: 2
  })
  expect(server.calls('upload').filter((r) => r.url.includes('comp=block&')).length).toBe(5)
  expect(
    (await call('FinalizeCacheEntryUpload', { key: 'blocks', version: 'v', size_bytes: '5000' })).ok
  ).toBe(true)
  const got = await call('GetCacheEntryDownloadURL', { key: 'blocks', version: 'v' })
  const body = Buffer.from(await (await fetch(String(got.signed_download_url))).arrayBuffer())
  expect(body.equals(data)).toBe(true)
})
