// Getting sccache: PATH and SCCACHE_PATH first, then the tool cache, then a verified download from a
// release mirror (a loopback server here). Real tool-cache, real tar, real files.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { findOnPath } from '../../src/env.js'
import { locateSccache } from '../../src/sccache/install.js'
import { releaseAsset, releaseTriple } from '../../src/sccache/release.js'
import {
  fakeRelease,
  pathWithout,
  scriptDir,
  staticServer,
  type StaticServer
} from '../support/sccache.js'

const TAG = 'v0.17.0'
const triple = releaseTriple(process.platform, process.arch) ?? 'unknown'
const folder = `sccache-${TAG}-${triple}`
const noSccachePath = pathWithout('sccache')
let dir: string
const saved = { ...process.env }
const logs: string[] = []
const log = (m: string): void => {
  logs.push(m)
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ro-install-'))
  // tool-cache reads these from the process environment
  process.env.RUNNER_TOOL_CACHE = path.join(dir, 'tool-cache')
  process.env.RUNNER_TEMP = path.join(dir, 'temp')
  logs.length = 0
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  rmSync(dir, { recursive: true, force: true })
})

function envWith(extra: Record<string, string>): Record<string, string | undefined> {
  return {
    PATH: noSccachePath,
    RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
    RUNNER_TEMP: process.env.RUNNER_TEMP,
    ...extra
  }
}

async function mirror(sha: (real: string) => string): Promise<StaticServer> {
  const release = fakeRelease(TAG, triple, 'echo fake sccache')
  return staticServer({
    [`/${TAG}/${folder}.tar.gz`]: release.archive,
    [`/${TAG}/${folder}.tar.gz.sha256`]: sha(release.sha256)
  })
}

test('the release URL is built from the version, with no API call', () => {
  expect(releaseAsset(TAG, 'x86_64-unknown-linux-musl')).toEqual({
    folder: 'sccache-v0.17.0-x86_64-unknown-linux-musl',
    archiveUrl:
      'https://github.com/mozilla/sccache/releases/download/v0.17.0/sccache-v0.17.0-x86_64-unknown-linux-musl.tar.gz',
    checksumUrl:
      'https://github.com/mozilla/sccache/releases/download/v0.17.0/sccache-v0.17.0-x86_64-unknown-linux-musl.tar.gz.sha256',
    binary: 'sccache'
  })
  expect(
    releaseAsset(TAG, 'x86_64-pc-windows-msvc', 'https://mirror.example/sccache/').archiveUrl
  ).toBe('https://mirror.example/sccache/v0.17.0/sccache-v0.17.0-x86_64-pc-windows-msvc.tar.gz')
  expect(releaseTriple('linux', 'arm64')).toBe('aarch64-unknown-linux-musl')
  expect(releaseTriple('darwin', 'arm64')).toBe('aarch64-apple-darwin')
  expect(releaseTriple('win32', 'x64')).toBe('x86_64-pc-windows-msvc')
  expect(releaseTriple('aix', 'ppc64')).toBeNull()
})

test('an sccache on PATH wins; SCCACHE_PATH wins over PATH', async () => {
  const onPath = scriptDir('exit 0')
  const explicit = scriptDir('exit 0')
  const env = envWith({ PATH: `${onPath}${path.delimiter}${noSccachePath}` })
  expect(await locateSccache(TAG, env, log)).toEqual({
    path: path.join(onPath, 'sccache'),
    source: 'PATH'
  })
  expect(
    await locateSccache(TAG, { ...env, SCCACHE_PATH: path.join(explicit, 'sccache') }, log)
  ).toEqual({ path: path.join(explicit, 'sccache'), source: 'SCCACHE_PATH' })
  // A SCCACHE_PATH that does not exist is reported and skipped.
  expect(
    (await locateSccache(TAG, { ...env, SCCACHE_PATH: '/nonexistent/sccache' }, log)).source
  ).toBe('PATH')
  expect(logs.join('\n')).toContain('SCCACHE_PATH=/nonexistent/sccache is not an executable file')
})

test('on Windows the search path is found under any case of its name (the runner sets `Path`)', () => {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'ro-win-path-'))
  try {
    writeFileSync(path.join(bin, 'sccache.exe'), '')
    expect(findOnPath('sccache', { Path: bin }, 'win32')).toBe(path.join(bin, 'sccache.exe'))
    expect(findOnPath('sccache', { PATH: bin }, 'win32')).toBe(path.join(bin, 'sccache.exe'))
    // Elsewhere the name is exact, as the system's own lookup has it.
    expect(findOnPath('sccache', { Path: bin }, 'linux')).toBeNull()
  } finally {
    rmSync(bin, { recursive: true, force: true })
  }
})

test('downloads from the mirror, verifies the sha256, keeps it in the tool cache', async () => {
  const server = await mirror((real) => `${real}  ${folder}.tar.gz\n`) // sha256sum style works too
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url })
    const first = await locateSccache(TAG, env, log)
    expect(first.source).toBe('download')
    expect(first.path).toBe(
      path.join(dir, 'tool-cache', 'sccache', '0.17.0', process.arch, 'sccache')
    )
    expect(server.hits).toEqual([`/${TAG}/${folder}.tar.gz.sha256`, `/${TAG}/${folder}.tar.gz`])
    // The next run finds it in the tool cache without downloading.
    expect(await locateSccache(TAG, env, log)).toEqual({ path: first.path, source: 'tool cache' })
    expect(server.hits).toHaveLength(2)
  } finally {
    await server.close()
  }
})

test('an archive whose checksum does not match is rejected and not cached', async () => {
  const server = await mirror((real) => real.replace(/^./, real.startsWith('0') ? '1' : '0'))
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url })
    await expect(locateSccache(TAG, env, log)).rejects.toThrow(
      /checksum mismatch for http:\/\/127\.0\.0\.1:\d+\/v0\.17\.0\/sccache-v0\.17\.0-.*\.tar\.gz: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}/
    )
    expect(existsSync(path.join(dir, 'tool-cache', 'sccache'))).toBe(false)
    expect(
      readdirSync(path.join(dir, 'temp')).filter((f) => f.startsWith('rust-optimize-sccache'))
    ).toEqual([])
  } finally {
    await server.close()
  }
})

test('a mirror without the release (404) fails at once with the URL', async () => {
  const server = await staticServer({})
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: `${server.url}/` })
    await expect(locateSccache(TAG, env, log)).rejects.toThrow(
      new RegExp(`download of ${server.url}/${TAG}/${folder}.tar.gz.sha256 failed: .*404`)
    )
    expect(server.hits).toEqual([`/${TAG}/${folder}.tar.gz.sha256`])
  } finally {
    await server.close()
  }
})

test('a .sha256 that holds no digest is rejected', async () => {
  const server = await mirror(() => '<html>login page</html>')
  try {
    await expect(
      locateSccache(TAG, envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url }), log)
    ).rejects.toThrow(/does not hold a sha256 digest/)
  } finally {
    await server.close()
  }
})
