// Saving and restoring directories through the loopback Actions cache service at a fixed relative
// path, several at once, each call in a process of its own: while they run, this process's
// working directory and GITHUB_WORKSPACE never change, so other file work here sees nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { restoreDir, saveDir } from '../../src/sccache/cache.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'

let server: CacheServer
beforeAll(async () => {
  server = await startCacheServer()
})
afterAll(async () => server.close())

function filled(dir: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'file.txt'), text)
  return dir
}

test('directories under one parent and under others, saved and restored at once, each get their own content', async () => {
  const saved = { ...process.env }
  const cwd = process.cwd()
  const temp = (): string => mkdtempSync(path.join(os.tmpdir(), 'ro-cache-dirs-'))
  const made = [temp(), temp(), temp(), temp()]
  const [first, other, elsewhere, runnerTemp] = made
  // The cache library's archives go to RUNNER_TEMP (without it, to /home/actions/temp, left there).
  Object.assign(process.env, server.env(), {
    GITHUB_WORKSPACE: '/the/checkout',
    RUNNER_TEMP: runnerTemp
  })
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    const dirs = [
      filled(path.join(first, 'sccache'), 'objects'),
      filled(path.join(first, 'warm'), 'units'),
      filled(path.join(other, 'sizes'), 'record')
    ]
    const stamp = Date.now()
    const problems = await Promise.all(dirs.map((d, i) => saveDir(d, `cache-dirs-${stamp}-${i}`)))
    expect(problems).toEqual([null, null, null])
    for (const d of dirs) rmSync(d, { recursive: true })

    const restored = await Promise.all(
      dirs.map((d, i) => restoreDir(d, `cache-dirs-${stamp}-${i}`, []))
    )
    expect(restored.map((r) => r.matchedKey)).toEqual(
      dirs.map((_, i) => `cache-dirs-${stamp}-${i}`)
    )
    expect(dirs.map((d) => readFileSync(path.join(d, 'file.txt'), 'utf8'))).toEqual([
      'objects',
      'units',
      'record'
    ])
    // Entries hold the directory's name only: the same name under another parent finds them.
    const moved = await restoreDir(path.join(elsewhere, 'warm'), `cache-dirs-${stamp}-1`, [])
    expect(moved.matchedKey).toBe(`cache-dirs-${stamp}-1`)
    expect(readFileSync(path.join(elsewhere, 'warm', 'file.txt'), 'utf8')).toBe('units')
    expect(process.cwd()).toBe(cwd)
    expect(process.env.GITHUB_WORKSPACE).toBe('/the/checkout')
  } finally {
    quiet.mockRestore()
    process.chdir(cwd)
    process.env = saved
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  }
})

test('a cache call beside other file work: this process never sees another directory or workspace', async () => {
  const saved = { ...process.env }
  const cwd = process.cwd()
  const work = mkdtempSync(path.join(os.tmpdir(), 'ro-cache-beside-'))
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-cache-beside-temp-'))
  Object.assign(process.env, server.env(), { GITHUB_WORKSPACE: work, RUNNER_TEMP: runnerTemp })
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  let stop = (): void => {}
  process.chdir(work)
  try {
    const seen = new Set<string>()
    // Other work of the same process while the calls run: what it sees as its directory and
    // workspace, and a relative write that must land in its own directory. Sampled on a timer,
    // and stopped in `finally` whatever the calls do.
    let samples = 0
    const sampler = setInterval(() => {
      samples++
      writeFileSync('beside.txt', String(samples))
      seen.add(`${process.cwd()} ${process.env.GITHUB_WORKSPACE}`)
    }, 2)
    stop = () => clearInterval(sampler)
    const dir = filled(path.join(runnerTemp, 'sccache'), 'objects')
    const key = `cache-beside-${Date.now()}`
    expect(await saveDir(dir, key)).toBeNull()
    rmSync(dir, { recursive: true })
    expect((await restoreDir(dir, key, [])).matchedKey).toBe(key)
    stop()
    expect(samples).toBeGreaterThan(0)
    expect(readFileSync(path.join(dir, 'file.txt'), 'utf8')).toBe('objects')
    expect([...seen]).toEqual([`${work} ${work}`])
    // Nothing of the calls landed in this process's working directory.
    expect(readdirSync(work).filter((f) => f !== 'beside.txt')).toEqual([])
  } finally {
    stop()
    quiet.mockRestore()
    process.chdir(cwd)
    process.env = saved
    for (const d of [work, runnerTemp]) rmSync(d, { recursive: true, force: true })
  }
})
