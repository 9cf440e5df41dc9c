// Helpers for toolchain tests: a "distro Rust" PATH without rustup, and an unreachable dist server.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Loopback port 9 (discard): connections are refused at once, so downloads fail fast, offline or not. */
export { DEAD_DIST_SERVER } from '../../scripts/test-env.mjs'

export function stableSysroot(): string {
  return execFileSync('rustc', ['--print', 'sysroot'], {
    encoding: 'utf8',
    env: { ...process.env, RUSTUP_TOOLCHAIN: 'stable' }
  }).trim()
}

/** The default toolchain's own rustc: what cargo, started through rustup's proxy, runs. */
export function ownRustc(): string {
  const sysroot = execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim()
  return path.join(sysroot, 'bin', 'rustc')
}

/** A PATH with the stable toolchain's real rustc and cargo (no rustup proxies), then the system's. */
export function distroRustPath(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-distro-rust-'))
  const sysroot = stableSysroot()
  for (const tool of ['rustc', 'cargo'])
    symlinkSync(path.join(sysroot, 'bin', tool), path.join(dir, tool))
  return [dir, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter)
}

export function installedToolchains(): string[] {
  return execFileSync('rustup', ['toolchain', 'list'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((l) => l !== '')
}
