// Saving and restoring directories through the loopback Actions cache service at a fixed relative
// path, several at once: calls for directories under one parent share it and run side by side
// (the sccache directory and the warm entry, both under RUNNER_TEMP), others wait their turn; the
// working directory and GITHUB_WORKSPACE are the caller's again afterwards.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
