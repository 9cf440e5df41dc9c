// Makes sure the standard library of every target is installed: skips installed ones, adds missing
// ones with rustup (retrying network failures), or explains what to do without rustup.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Env } from '../env.js'
import { rustupError, rustupRetry, type RetryOptions } from './rustup.js'
import type { Toolchain } from './toolchain.js'

/** The directory holding a target's standard library inside a sysroot. Pure. */
export function targetLibDir(sysroot: string, triple: string): string {
  return path.join(sysroot, 'lib', 'rustlib', triple, 'lib')
}

/** True when the sysroot holds the target's core or std library. */
export function hasTargetStd(sysroot: string, triple: string): boolean {
  const dir = targetLibDir(sysroot, triple)
  if (!existsSync(dir)) return false
  return readdirSync(dir).some((f) => /^lib(core|std)-[^.]+\.rlib$/.test(f))
}

/** A target spec file (`my-target.json`) rather than a built-in triple. Pure. */
export function isTargetSpecFile(target: string): boolean {
  return target.endsWith('.json')
}

/** True when cargo-args ask cargo to build the standard library itself (`-Zbuild-std`). Pure. */
export function buildsStd(cargoArgs: string[]): boolean {
  return cargoArgs.some((a) => /build-std/.test(a))
}

export interface EnsureTargetsOptions {
  /** Targets the run builds: a failure to install one fails the run. */
  targets: string[]
  /** Targets only listed in rust-toolchain.toml: a failure is a warning. */
  optional?: string[]
  toolchain: Pick<Toolchain, 'env' | 'rustup' | 'sysroot' | 'host'>
  cwd: string
  env: Env
  buildStd?: boolean
  log: (message: string) => void
  warn: (message: string) => void
  retry?: RetryOptions
}

export class TargetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TargetError'
  }
}

/** Returns the targets that were added. */
export async function ensureTargets(options: EnsureTargetsOptions): Promise<string[]> {
  const { toolchain } = options
  const optional = (options.optional ?? []).filter((t) => !options.targets.includes(t))
  const added: string[] = []
  for (const triple of [...options.targets, ...optional]) {
    const required = options.targets.includes(triple)
    if (isTargetSpecFile(triple)) {
      options.log(`${triple}: custom target spec, no standard library to install`)
      continue
    }
    if (hasTargetStd(toolchain.sysroot, triple)) {
      options.log(`${triple}: installed`)
      continue
    }
    if (options.buildStd === true) {
      options.log(`${triple}: no prebuilt standard library; cargo-args build it (build-std)`)
      continue
    }
    let problem: string
    if (!toolchain.rustup) {
      problem = `Target '${triple}' is not installed: its standard library is not in ${targetLibDir(toolchain.sysroot, triple)}, and there is no rustup to add it. Install the standard library for ${triple} with the package manager that provided this Rust, install rustup, or remove '${triple}' from the 'targets' input.`
    } else {
      options.log(`${triple}: missing, rustup target add ${triple}`)
      const result = await rustupRetry(['target', 'add', triple], {
        cwd: options.cwd,
        env: { ...options.env, ...toolchain.env },
        log: options.log,
        ...options.retry
      })
      if (result.code === 0 && hasTargetStd(toolchain.sysroot, triple)) {
        added.push(triple)
        options.log(`${triple}: added`)
        continue
      }
      problem = `Could not install target '${triple}' with 'rustup target add ${triple}':\n${rustupError(result.stderr) || `its standard library is still missing from ${targetLibDir(toolchain.sysroot, triple)}`}`
    }
    if (required) throw new TargetError(problem)
    options.warn(`${problem}\n(listed in rust-toolchain.toml only; this run does not build it)`)
  }
  return added
}
