// Finds an sccache binary, or downloads a release, verifies its sha256 (pinned for the default
// version) and keeps it in the tool cache, where it is checked again before each use. No GitHub
// API calls: the release URL is built from the version.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import { lookup } from 'node:dns/promises'
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import {
  DEFAULT_SCCACHE_VERSION,
  parseChecksum,
  pinnedDigest,
  releaseAsset,
  releasesBase,
  releaseTriple,
  type PinTable,
  type ReleaseAsset
} from './release.js'

import { findOnPath, isExecutable, type Env } from '../env.js'
import { sha256File } from '../hash.js'

export interface Located {
  path: string
  /** How it was found, for the log. */
  source: 'SCCACHE_PATH' | 'PATH' | 'tool cache' | 'download'
}

/** Where downloads are kept outside a runner (no RUNNER_TOOL_CACHE): the user's cache directory. */
function ownToolDir(env: Env, version: string, triple: string): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
  return path.join(base, 'rust-optimize', 'sccache', version, triple)
}

/**
 * Fails at once when the download host has no address (an offline machine), instead of waiting
 * through the downloader's retries. Skipped behind a proxy, which resolves names itself.
 */
async function assertResolvable(url: string): Promise<void> {
  const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some(
    (v) => process.env[v]
  )
  if (proxied) return
  const host = new URL(url).hostname
  try {
    await lookup(host)
  } catch (error) {
    throw new Error(
      `download of ${url} failed: cannot resolve ${host} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error }
    )
  }
}

/** How an archive is verified: its pinned digest, or (unpinned) the mirror's `.sha256`. */
export type Expected = { pinned: string } | { published: true }

/** Written beside a verified binary; checked again before a cached binary runs. */
const MARKER = 'rust-optimize-verified.json'
interface Marker {
  archiveSha256: string
  binarySha256: string
}

/**
 * Downloads and verifies the archive; returns the directory that holds the binary, with a marker
 * of what was verified. Nothing from an archive runs or is extracted before its digest matched.
 */
export async function downloadRelease(
  asset: ReleaseAsset,
  workDir: string,
  expected: Expected
): Promise<string> {
  // tool-cache's downloader retries throttling, server and network errors with backoff and
  // honours the runner's proxy settings; a 404 fails at once.
  const download = async (url: string, file: string): Promise<string> => {
    try {
      return await tc.downloadTool(url, path.join(workDir, file))
    } catch (error) {
      throw new Error(`download of ${url} failed: ${(error as Error).message}`, { cause: error })
    }
  }
  let digest: string
  if ('pinned' in expected) {
    await assertResolvable(asset.archiveUrl)
    digest = expected.pinned
  } else {
    await assertResolvable(asset.checksumUrl)
    const checksumFile = await download(asset.checksumUrl, 'archive.sha256')
    const published = parseChecksum(readFileSync(checksumFile, 'utf8'))
    if (published === null) throw new Error(`${asset.checksumUrl} does not hold a sha256 digest`)
    digest = published
  }
  const archive = await download(asset.archiveUrl, 'archive.tar.gz')
  const actual = await sha256File(archive)
  if (actual !== digest) {
    rmSync(archive, { force: true })
    const what = 'pinned' in expected ? 'pinned sha256' : 'sha256'
    throw new Error(
      `checksum mismatch for ${asset.archiveUrl}: expected ${what} ${digest}, got ${actual}; the archive was discarded`
    )
  }
  const extracted = await tc.extractTar(archive, path.join(workDir, 'extracted'))
  const folder = path.join(extracted, asset.folder)
  if (!existsSync(path.join(folder, asset.binary)))
    throw new Error(`${asset.archiveUrl} has no ${asset.folder}/${asset.binary}`)
  const marker: Marker = {
    archiveSha256: actual,
    binarySha256: await sha256File(path.join(folder, asset.binary))
  }
  writeFileSync(path.join(folder, MARKER), `${JSON.stringify(marker)}\n`)
  return folder
}

/**
 * Why the cached binary in `dir` must not run, or null when it is the one verified at download
 * (and, for a pinned release, came from the pinned archive).
 */
async function cachedProblem(
  dir: string,
  binary: string,
  pin: string | null
): Promise<string | null> {
  let marker: Marker
  try {
    marker = JSON.parse(readFileSync(path.join(dir, MARKER), 'utf8')) as Marker
  } catch {
    return 'it has no record of a verified download'
  }
  if (pin !== null && marker.archiveSha256 !== pin)
    return `it came from an archive with sha256 ${marker.archiveSha256}, not the pinned ${pin}`
  const actual = await sha256File(path.join(dir, binary))
  return actual === marker.binarySha256
    ? null
    : `its sha256 ${actual} is not the verified ${marker.binarySha256}`
}

export interface LocateOptions {
  /** The release tag, e.g. `v0.17.0`. */
  tag: string
  env: Env
  log: (m: string) => void
  warn: (m: string) => void
  /** Pinned archive digests (tests inject their own). */
  pins?: PinTable
}

/** Where a verified download of `tag` is kept: the runner's tool cache, or the user's cache. */
function cachedDir(env: Env, version: string, triple: string): string | null {
  if (!env.RUNNER_TOOL_CACHE) return ownToolDir(env, version, triple)
  const found = tc.find('sccache', version, process.arch)
  return found === '' ? null : found
}

/** How to verify `tag`'s archive for `triple`, saying so in the log when it is not pinned. */
function expectation(o: LocateOptions, triple: string): Expected {
  const pin = pinnedDigest(o.tag, triple, o.pins)
  if (pin !== null) return { pinned: pin }
  if (o.tag === DEFAULT_SCCACHE_VERSION)
    o.warn(
      `No pinned sha256 for sccache ${o.tag} on ${triple}: the download is verified against the mirror's published .sha256 only`
    )
  else
    o.log(
      `sccache-version ${o.tag} is not the default (${DEFAULT_SCCACHE_VERSION}), whose digests are pinned: the download is verified against the mirror's published .sha256`
    )
  return { published: true }
}

/**
 * An sccache to use: `SCCACHE_PATH`, then `PATH`, then a verified copy in the tool cache, then a
 * verified download of `tag`. Throws with the reason when none can be had.
 */
export async function locateSccache(o: LocateOptions): Promise<Located> {
  const { env, tag } = o
  const explicit = env.SCCACHE_PATH?.trim()
  if (explicit) {
    if (isExecutable(explicit)) return { path: explicit, source: 'SCCACHE_PATH' }
    o.log(`SCCACHE_PATH=${explicit} is not an executable file; looking elsewhere`)
  }
  const found = findOnPath('sccache', env)
  if (found !== null) return { path: found, source: 'PATH' }

  const triple = releaseTriple(process.platform, process.arch)
  if (triple === null)
    throw new Error(`sccache publishes no release for ${process.platform}/${process.arch}`)
  const asset = releaseAsset(tag, triple, releasesBase(env))
  const version = tag.replace(/^v/, '')
  const cached = cachedDir(env, version, triple)
  if (cached !== null && existsSync(path.join(cached, asset.binary))) {
    const problem = await cachedProblem(cached, asset.binary, pinnedDigest(tag, triple, o.pins))
    if (problem === null) return { path: path.join(cached, asset.binary), source: 'tool cache' }
    o.warn(
      `Not running the cached ${path.join(cached, asset.binary)}: ${problem}; downloading it again`
    )
    rmSync(cached, { recursive: true, force: true })
  }

  const expected = expectation(o, triple)
  o.log(`Downloading ${asset.archiveUrl}`)
  const temp = env.RUNNER_TEMP || os.tmpdir()
  mkdirSync(temp, { recursive: true })
  const workDir = mkdtempSync(path.join(temp, 'rust-optimize-sccache-'))
  try {
    const folder = await downloadRelease(asset, workDir, expected)
    if (env.RUNNER_TOOL_CACHE) {
      const dir = await tc.cacheDir(folder, 'sccache', version, process.arch)
      return { path: path.join(dir, asset.binary), source: 'download' }
    }
    const dir = ownToolDir(env, version, triple)
    mkdirSync(path.dirname(dir), { recursive: true })
    rmSync(dir, { recursive: true, force: true })
    cpSync(folder, dir, { recursive: true })
    return { path: path.join(dir, asset.binary), source: 'download' }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}
