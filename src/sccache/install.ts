// Finds an sccache binary, or downloads the pinned release, verifies its sha256 and keeps it in the
// tool cache. No GitHub API calls: the release URL is built from the version.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import { lookup } from 'node:dns/promises'
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import { sha256File } from '../hash.js'
import {
  parseChecksum,
  releaseAsset,
  releasesBase,
  releaseTriple,
  type ReleaseAsset
} from './release.js'

import { findOnPath, isExecutable, type Env } from '../env.js'

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

/** Downloads and verifies the archive; returns the directory that holds the binary. */
export async function downloadRelease(asset: ReleaseAsset, workDir: string): Promise<string> {
  mkdirSync(workDir, { recursive: true })
  // tool-cache's downloader retries throttling, server and network errors with backoff and
  // honours the runner's proxy settings; a 404 fails at once.
  const download = async (url: string, file: string): Promise<string> => {
    try {
      return await tc.downloadTool(url, path.join(workDir, file))
    } catch (error) {
      throw new Error(`download of ${url} failed: ${(error as Error).message}`, { cause: error })
    }
  }
  await assertResolvable(asset.checksumUrl)
  const checksumFile = await download(asset.checksumUrl, 'archive.sha256')
  const expected = parseChecksum(readFileSync(checksumFile, 'utf8'))
  if (expected === null) throw new Error(`${asset.checksumUrl} does not hold a sha256 digest`)
  const archive = await download(asset.archiveUrl, 'archive.tar.gz')
  const actual = await sha256File(archive)
  if (actual !== expected) {
    rmSync(archive, { force: true })
    throw new Error(
      `checksum mismatch for ${asset.archiveUrl}: expected sha256 ${expected}, got ${actual}; the archive was discarded`
    )
  }
  const extracted = await tc.extractTar(archive, path.join(workDir, 'extracted'))
  const folder = path.join(extracted, asset.folder)
  if (!existsSync(path.join(folder, asset.binary)))
    throw new Error(`${asset.archiveUrl} has no ${asset.folder}/${asset.binary}`)
  return folder
}

/**
 * An sccache to use: `SCCACHE_PATH`, then `PATH`, then the tool cache, then a verified download of
 * `tag` (e.g. `v0.17.0`). Throws with the reason when none can be had.
 */
export async function locateSccache(
  tag: string,
  env: Env,
  log: (m: string) => void
): Promise<Located> {
  const explicit = env.SCCACHE_PATH?.trim()
  if (explicit) {
    if (isExecutable(explicit)) return { path: explicit, source: 'SCCACHE_PATH' }
    log(`SCCACHE_PATH=${explicit} is not an executable file; looking elsewhere`)
  }
  const found = findOnPath('sccache', env)
  if (found !== null) return { path: found, source: 'PATH' }

  const triple = releaseTriple(process.platform, process.arch)
  if (triple === null)
    throw new Error(`sccache publishes no release for ${process.platform}/${process.arch}`)
  const asset = releaseAsset(tag, triple, releasesBase(env))
  const version = tag.replace(/^v/, '')
  const toolCache = env.RUNNER_TOOL_CACHE
  if (toolCache) {
    const cached = tc.find('sccache', version, process.arch)
    if (cached && existsSync(path.join(cached, asset.binary)))
      return { path: path.join(cached, asset.binary), source: 'tool cache' }
  } else {
    const own = path.join(ownToolDir(env, version, triple), asset.binary)
    if (existsSync(own)) return { path: own, source: 'tool cache' }
  }

  log(`Downloading ${asset.archiveUrl}`)
  const workDir = path.join(
    env.RUNNER_TEMP || os.tmpdir(),
    `rust-optimize-sccache-${process.pid}-${Date.now()}`
  )
  try {
    const folder = await downloadRelease(asset, workDir)
    if (toolCache) {
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
