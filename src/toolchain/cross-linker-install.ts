// Installs the apt packages of the cross-linker plan: only the missing ones, with sudo when not root.
import { run, type RunOptions, type RunResult } from '../exec.js'

import { findOnPath, type Env } from '../env.js'
export type Exec = (program: string, args: string[], options: RunOptions) => Promise<RunResult>

export interface InstallOptions {
  packages: string[]
  /** C compilers the packages provide, accepted instead of them on runners without apt. */
  compilers: string[]
  env: Env
  log: (message: string) => void
  /** Process runner (tests record calls with it). */
  exec?: Exec
  /** Defaults to the current process's uid being 0. */
  isRoot?: boolean
}

async function isInstalled(exec: Exec, pkg: string, env: Env): Promise<boolean> {
  const result = await exec('dpkg-query', ['-W', '-f=${Status}', pkg], { env })
  return result.code === 0 && result.stdout.trim().endsWith(' installed')
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-8).join('\n')
}

/** Installs the missing packages; returns the ones it installed. */
export async function installPackages(options: InstallOptions): Promise<string[]> {
  const exec = options.exec ?? run
  const packages = [...new Set(options.packages)]
  if (packages.length === 0) return []
  const missing: string[] = []
  try {
    for (const pkg of packages) if (!(await isInstalled(exec, pkg, options.env))) missing.push(pkg)
  } catch {
    // No dpkg: a runner that is not Debian-based. Accept compilers that are already on PATH.
    const absent = options.compilers.filter((c) => findOnPath(c, options.env) === null)
    if (absent.length === 0) {
      options.log(`No apt here; using ${options.compilers.join(', ')} found on PATH.`)
      return []
    }
    throw new Error(
      `cross-linker: auto needs ${absent.join(', ')} (Debian/Ubuntu packages ${packages.join(', ')}), but this runner has no dpkg/apt-get and they are not on PATH. Install them yourself, or configure your own linker and set 'cross-linker: none'.`
    )
  }
  if (missing.length === 0) {
    options.log(`Already installed: ${packages.join(', ')}`)
    return []
  }
  const root = options.isRoot ?? process.getuid?.() === 0
  const apt = async (args: string[]): Promise<RunResult> => {
    try {
      return root
        ? await exec('apt-get', args, {
            env: { ...options.env, DEBIAN_FRONTEND: 'noninteractive' }
          })
        : await exec('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], {
            env: options.env
          })
    } catch (error) {
      throw new Error(
        `cross-linker: auto must install ${missing.join(', ')}, but could not run ${root ? 'apt-get' : 'sudo'} (${(error as Error).message}). Install them yourself, or configure your own linker and set 'cross-linker: none'.`,
        { cause: error }
      )
    }
  }
  const install = ['install', '-y', '-q', '--no-install-recommends', ...missing]
  const how = root ? 'apt-get' : 'sudo apt-get'
  options.log(`${how} ${install.join(' ')}`)
  let result = await apt(install)
  if (result.code !== 0) {
    // Stale or absent package lists are the usual cause: refresh them once and try again.
    options.log(`apt-get install failed; running apt-get update and trying again`)
    const update = await apt(['update', '-q'])
    if (update.code !== 0) options.log(`apt-get update failed:\n${tail(update.stderr)}`)
    result = await apt(install)
  }
  if (result.code !== 0) {
    throw new Error(
      `Could not install the cross toolchain packages ${missing.join(', ')} with ${how}:\n${tail(result.stderr || result.stdout)}\nInstall them yourself, or configure your own linker and set 'cross-linker: none'.`
    )
  }
  options.log(`Installed: ${missing.join(', ')}`)
  return missing
}
