// Getting sccache: PATH and SCCACHE_PATH first, then the tool cache, then a verified download from a
// release mirror (a loopback server here). Real tool-cache, real tar, real files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { findOnPath } from '../../src/env.js'
import { locateSccache } from '../../src/sccache/install.js'
import {
  DEFAULT_SCCACHE_VERSION,
  releaseAsset,
  releaseTriple,
  SCCACHE_PINS,
  type PinTable
} from '../../src/sccache/release.js'
import { INPUT_DEFAULTS } from '../../src/settings.js'
import {
  fakeRelease,
  pathWithout,
  scriptDir,
  staticServer,
  type StaticServer
} from '../support/sccache.js'

// A version whose digests are not pinned: verified against the mirror's .sha256.
const TAG = 'v0.16.0'
const triple = releaseTriple(process.platform, process.arch) ?? 'unknown'
const folder = `sccache-${TAG}-${triple}`
const noSccachePath = pathWithout('sccache')
let dir: string
const saved = { ...process.env }
const logs: string[] = []
const warnings: string[] = []
const log = (m: string): void => {
  logs.push(m)
}
const warn = (m: string): void => {
  warnings.push(m)
}
/** locateSccache with this test's loggers. */
const locate = (tag: string, env: Record<string, string | undefined>, pins?: PinTable) =>
  locateSccache({ tag, env, log, warn, pins })

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ro-install-'))
  // tool-cache reads these from the process environment
  process.env.RUNNER_TOOL_CACHE = path.join(dir, 'tool-cache')
  process.env.RUNNER_TEMP = path.join(dir, 'temp')
  logs.length = 0
  warnings.length = 0
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

async function mirror(sha: (real: string) => string, tag = TAG): Promise<StaticServer> {
  const release = fakeRelease(tag, triple, 'echo fake sccache')
  const name = `sccache-${tag}-${triple}`
  return staticServer({
    [`/${tag}/${name}.tar.gz`]: release.archive,
    [`/${tag}/${name}.tar.gz.sha256`]: sha(release.sha256)
  })
}

test('the release URL is built from the version, with no API call', () => {
  expect(releaseAsset('v0.17.0', 'x86_64-unknown-linux-musl')).toEqual({
    folder: 'sccache-v0.17.0-x86_64-unknown-linux-musl',
    archiveUrl:
      'https://github.com/mozilla/sccache/releases/download/v0.17.0/sccache-v0.17.0-x86_64-unknown-linux-musl.tar.gz',
    checksumUrl:
      'https://github.com/mozilla/sccache/releases/download/v0.17.0/sccache-v0.17.0-x86_64-unknown-linux-musl.tar.gz.sha256',
    binary: 'sccache'
  })
  expect(
    releaseAsset('v0.17.0', 'x86_64-pc-windows-msvc', 'https://mirror.example/sccache/').archiveUrl
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
  expect(await locate(TAG, env)).toEqual({
    path: path.join(onPath, 'sccache'),
    source: 'PATH'
  })
  expect(await locate(TAG, { ...env, SCCACHE_PATH: path.join(explicit, 'sccache') })).toEqual({
    path: path.join(explicit, 'sccache'),
    source: 'SCCACHE_PATH'
  })
  // A SCCACHE_PATH that does not exist is reported and skipped.
  expect((await locate(TAG, { ...env, SCCACHE_PATH: '/nonexistent/sccache' })).source).toBe('PATH')
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
    const first = await locate(TAG, env)
    expect(first.source).toBe('download')
    expect(first.path).toBe(
      path.join(dir, 'tool-cache', 'sccache', '0.16.0', process.arch, 'sccache')
    )
    // Not the default version: the log says the mirror's .sha256 is what it was checked against.
    expect(logs.join('\n')).toContain(
      `sccache-version ${TAG} is not the default (${DEFAULT_SCCACHE_VERSION}), whose digests are pinned: the download is verified against the mirror's published .sha256`
    )
    expect(server.hits).toEqual([`/${TAG}/${folder}.tar.gz.sha256`, `/${TAG}/${folder}.tar.gz`])
    // The next run finds it in the tool cache without downloading.
    expect(await locate(TAG, env)).toEqual({ path: first.path, source: 'tool cache' })
    expect(server.hits).toHaveLength(2)
  } finally {
    await server.close()
  }
})

test('an archive whose checksum does not match is rejected and not cached', async () => {
  const server = await mirror((real) => real.replace(/^./, real.startsWith('0') ? '1' : '0'))
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url })
    await expect(locate(TAG, env)).rejects.toThrow(
      /checksum mismatch for http:\/\/127\.0\.0\.1:\d+\/v0\.16\.0\/sccache-v0\.16\.0-.*\.tar\.gz: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}/
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
    await expect(locate(TAG, env)).rejects.toThrow(
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
      locate(TAG, envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url }))
    ).rejects.toThrow(/does not hold a sha256 digest/)
  } finally {
    await server.close()
  }
})

test('the default sccache-version is the pinned one, and pins are sha256 digests', () => {
  expect(INPUT_DEFAULTS['sccache-version']).toBe(DEFAULT_SCCACHE_VERSION)
  const pins = SCCACHE_PINS[DEFAULT_SCCACHE_VERSION]
  expect(pins['x86_64-unknown-linux-musl']).toBe(
    '67c4a96dd237c1f518f6b36083f270f9976d516f1e57fce891755ea782e50006'
  )
  for (const digest of Object.values(pins)) expect(digest).toMatch(/^[0-9a-f]{64}$/)
})

const pinnedHere = SCCACHE_PINS[DEFAULT_SCCACHE_VERSION][triple] !== undefined

test("the default version: a tampered archive is refused even when the mirror's .sha256 agrees", async () => {
  const tag = DEFAULT_SCCACHE_VERSION
  const server = await mirror((real) => real, tag) // the mirror vouches for its own archive
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url })
    if (!pinnedHere) {
      // A platform without a confirmed digest: the published .sha256, with a warning.
      await locate(tag, env)
      expect(warnings.join('\n')).toContain(`No pinned sha256 for sccache ${tag} on ${triple}`)
      return
    }
    await expect(locate(tag, env)).rejects.toThrow(
      `expected pinned sha256 ${SCCACHE_PINS[tag][triple]}, got`
    )
    // The mirror's .sha256 is not even asked for; nothing was extracted, cached or kept.
    expect(server.hits).toEqual([`/${tag}/sccache-${tag}-${triple}.tar.gz`])
    expect(existsSync(path.join(dir, 'tool-cache', 'sccache'))).toBe(false)
    expect(readdirSync(path.join(dir, 'temp'))).toEqual([])
  } finally {
    await server.close()
  }
})

test('a pinned archive is checked against the pin alone; the cached binary again before each use', async () => {
  const release = fakeRelease(TAG, triple, 'echo fake sccache')
  const pins: PinTable = { [TAG]: { [triple]: release.sha256 } }
  const server = await staticServer({ [`/${TAG}/${folder}.tar.gz`]: release.archive })
  try {
    const env = envWith({ RUST_OPTIMIZE_SCCACHE_MIRROR: server.url })
    const first = await locate(TAG, env, pins)
    expect(first.source).toBe('download')
    expect(server.hits).toEqual([`/${TAG}/${folder}.tar.gz`]) // no .sha256 needed
    expect(await locate(TAG, env, pins)).toEqual({ path: first.path, source: 'tool cache' })
    expect(warnings).toEqual([])

    // Someone swaps the cached binary: it does not run; a verified copy is downloaded again.
    writeFileSync(first.path, '#!/bin/sh\necho swapped\n')
    const again = await locate(TAG, env, pins)
    expect(again).toEqual({ path: first.path, source: 'download' })
    expect(warnings.join('\n')).toMatch(
      new RegExp(
        `Not running the cached ${first.path}: its sha256 [0-9a-f]{64} is not the verified`
      )
    )
    expect(readFileSync(first.path, 'utf8')).toContain('echo fake sccache')
    expect(server.hits).toHaveLength(2)

    // A pin that changes (a cached copy from another archive) is not trusted either.
    warnings.length = 0
    const otherPins: PinTable = { [TAG]: { [triple]: 'f'.repeat(64) } }
    await expect(locate(TAG, env, otherPins)).rejects.toThrow(/checksum mismatch/)
    expect(warnings.join('\n')).toContain(
      `it came from an archive with sha256 ${release.sha256}, not the pinned ${'f'.repeat(64)}`
    )
  } finally {
    await server.close()
  }
})

test('outside a runner the user cache is checked again too', async () => {
  const release = fakeRelease(TAG, triple, 'echo fake sccache')
  const pins: PinTable = { [TAG]: { [triple]: release.sha256 } }
  const server = await staticServer({ [`/${TAG}/${folder}.tar.gz`]: release.archive })
  try {
    const env = {
      PATH: noSccachePath,
      XDG_CACHE_HOME: path.join(dir, 'xdg'),
      RUNNER_TEMP: path.join(dir, 'temp'),
      RUST_OPTIMIZE_SCCACHE_MIRROR: server.url
    }
    const first = await locate(TAG, env, pins)
    expect(first.path).toBe(
      path.join(dir, 'xdg', 'rust-optimize', 'sccache', '0.16.0', triple, 'sccache')
    )
    rmSync(path.join(path.dirname(first.path), 'rust-optimize-verified.json'))
    expect((await locate(TAG, env, pins)).source).toBe('download')
    expect(warnings.join('\n')).toContain('it has no record of a verified download')
  } finally {
    await server.close()
  }
})
