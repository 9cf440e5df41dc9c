// The rustc cargo runs, as its compiler wrapper sees it in the first argument. A rustc the user
// names in RUSTC or CARGO_BUILD_RUSTC is that one. Cargo started through rustup's proxy runs the
// toolchain's own binary beside itself (cargo's way around the proxy), which is the sysroot's
// `bin/rustc`. Otherwise, or with `build.rustc` in a config file (whose path cargo resolves), it
// is `rustc` as the search path finds it. sccache looks at each compiler path on first sight
// (about 0.15 s here), so the wrapper probe hands it this one before the build.
import path from 'node:path'
import { configuredBuild, type ConfigFile } from '../cargo/project.js'
import { isExecutable, type Env } from '../env.js'

/** `own`: the sysroot's rustc (null when it has none); `rustup`: rustup manages the toolchain. Pure. */
export function cargoRustc(o: {
  env: Env
  configs: ConfigFile[]
  rustup: boolean
  own: string | null
}): string {
  for (const name of ['RUSTC', 'CARGO_BUILD_RUSTC']) {
    const value = o.env[name]
    if (value !== undefined && value !== '') return value
  }
  const configured = configuredBuild(o.configs, 'rustc') !== null
  return !configured && o.rustup && o.own !== null ? o.own : 'rustc'
}

/** The toolchain's own rustc in `sysroot`, or null when there is none to run. */
export function sysrootRustc(
  sysroot: string,
  platform: NodeJS.Platform = process.platform
): string | null {
  if (sysroot === '') return null
  const file = path.join(sysroot, 'bin', platform === 'win32' ? 'rustc.exe' : 'rustc')
  return isExecutable(file, platform) ? file : null
}
