import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isNetworkFailure, rustupError } from '../../src/toolchain/rustup.js'
import { ensureTargets, targetLibDir, TargetError } from '../../src/toolchain/targets.js'
import {
  missingComponents,
  resolveToolchain,
  toolchainFileOf,
  type Toolchain
} from '../../src/toolchain/toolchain.js'
import { baseEnv } from '../support/action.js'
import { DEAD_DIST_SERVER, distroRustPath, installedToolchains } from '../support/rust.js'
import { testUnless } from '../support/skip.js'

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'ro-tc-'))
const env = { ...baseEnv(), RUSTUP_DIST_SERVER: DEAD_DIST_SERVER }
const rustupDefault = (): string =>
  execFileSync('rustup', ['default'], { encoding: 'utf8', cwd: os.tmpdir() }).trim()

function recorder() {
  const lines: string[] = []
  const warnings: string[] = []
  const sleeps: number[] = []
  return {
    lines,
    warnings,
    sleeps,
    log: (m: string) => lines.push(m),
    warn: (m: string) => warnings.push(m),
    retry: { attempts: 2, delayMs: 5, sleep: async (ms: number) => void sleeps.push(ms) }
  }
}

let stable: Toolchain
beforeAll(async () => {
  stable = await resolveToolchain(null, tmp(), env)
})

describe('targets', () => {
  test('an installed target is a no-op (rustup is not even reachable)', async () => {
    const r = recorder()
    const added = await ensureTargets({
      targets: [stable.host],
      toolchain: stable,
      cwd: tmp(),
      env: { ...env, PATH: '' },
      log: r.log,
      warn: r.warn
    })
    expect(added).toEqual([])
    expect(r.lines).toEqual([`${stable.host}: installed`])
  })

  test('a missing target fails clearly after short retries on network errors', async () => {
    const r = recorder()
    const attempt = ensureTargets({
      targets: ['aarch64-unknown-linux-gnu'],
      toolchain: stable,
      cwd: tmp(),
      env,
      log: r.log,
      warn: r.warn,
      retry: r.retry
    })
    await expect(attempt).rejects.toThrow(TargetError)
    await expect(attempt).rejects.toThrow(
      /^Could not install target 'aarch64-unknown-linux-gnu' with 'rustup target add aarch64-unknown-linux-gnu':\n.*(download|Connect)/s
    )
    expect(r.sleeps).toEqual([5])
    expect(r.lines.some((l) => l.includes('(attempt 1 of 2'))).toBe(true)
  })

  test('a target the toolchain does not know fails without retrying', async () => {
    const r = recorder()
    await expect(
      ensureTargets({
        targets: ['aarch64-unknown-nonsense'],
        toolchain: stable,
        cwd: tmp(),
        env,
        log: r.log,
        warn: r.warn,
        retry: r.retry
      })
    ).rejects.toThrow(/'aarch64-unknown-nonsense'[\s\S]*does not support target/)
    expect(r.sleeps).toEqual([])
  })

  test('without rustup, a target whose std is missing fails naming the target and sysroot', async () => {
    const r = recorder()
    const noRustup = { ...stable, rustup: false }
    await expect(
      ensureTargets({
        targets: [stable.host, 'aarch64-unknown-linux-gnu'],
        toolchain: noRustup,
        cwd: tmp(),
        env,
        log: r.log,
        warn: r.warn
      })
    ).rejects.toThrow(
      `Target 'aarch64-unknown-linux-gnu' is not installed: its standard library is not in ${targetLibDir(stable.sysroot, 'aarch64-unknown-linux-gnu')}, and there is no rustup to add it.`
    )
    expect(r.lines[0]).toBe(`${stable.host}: installed`)
  })

  test('a target only listed in rust-toolchain.toml that cannot be added is a warning', async () => {
    const r = recorder()
    const added = await ensureTargets({
      targets: [stable.host],
      optional: ['aarch64-unknown-nonsense'],
      toolchain: stable,
      cwd: tmp(),
      env,
      log: r.log,
      warn: r.warn,
      retry: r.retry
    })
    expect(added).toEqual([])
    expect(r.warnings.join('\n')).toMatch(
      /aarch64-unknown-nonsense[\s\S]*this run does not build it/
    )
  })

  test('build-std in cargo-args skips the prebuilt std', async () => {
    const r = recorder()
    await ensureTargets({
      targets: ['aarch64-unknown-linux-gnu'],
      toolchain: stable,
      cwd: tmp(),
      env: { ...env, PATH: '' },
      buildStd: true,
      log: r.log,
      warn: r.warn
    })
    expect(r.lines).toEqual([
      'aarch64-unknown-linux-gnu: no prebuilt standard library; cargo-args build it (build-std)'
    ])
  })
})

describe('toolchain', () => {
  test('empty: the one rustup selects, never auto-installing', () => {
    expect(stable.rustup).toBe(true)
    expect(stable.env).toEqual({ RUSTUP_AUTO_INSTALL: '0' })
    expect(stable.versionText).toMatch(/^rustc \d+\.\d+\.\d+/)
    expect(stable.versionText).toContain(`host: ${stable.host}`)
    expect(stable.source).toMatch(/^rustup: \S+/)
  })

  test('rust-toolchain.toml: its targets are handed on, missing components tried (warning)', async () => {
    const dir = tmp()
    writeFileSync(
      path.join(dir, 'rust-toolchain.toml'),
      `[toolchain]\nchannel = "stable"\ntargets = ["${stable.host}", "wasm32-unknown-unknown"]\ncomponents = ["rustc", "rust-src"]\n`
    )
    const sub = path.join(dir, 'sub')
    execFileSync('mkdir', [sub])
    const r = recorder()
    const t = await resolveToolchain(null, sub, env, { log: r.log, warn: r.warn, retry: r.retry })
    expect(t.source).toContain(`overridden by '${path.join(dir, 'rust-toolchain.toml')}'`)
    expect(t.fileTargets).toEqual([stable.host, 'wasm32-unknown-unknown'])
    // Asked of the toolchain itself, not from `sub`: there the file's components would make
    // rustup try to install rust-src before it answers.
    const installedRustSrc = execFileSync(
      'rustup',
      ['component', 'list', '--installed', '--toolchain', 'stable'],
      { encoding: 'utf8', env }
    ).includes('rust-src')
    const warned = r.warnings.join('\n').includes('Could not install the components rust-src')
    expect(warned).toBe(!installedRustSrc)
    expect(r.lines.some((l) => l.startsWith('rustc '))).toBe(true)
  })

  test('named and installed: selected through RUSTUP_TOOLCHAIN, default untouched', async () => {
    const before = rustupDefault()
    const t = await resolveToolchain('stable', tmp(), env)
    expect(t.env).toEqual({ RUSTUP_TOOLCHAIN: 'stable', RUSTUP_AUTO_INSTALL: '0' })
    expect(t.release).toBe(stable.release)
    expect(t.source).toBe(`input 'toolchain: stable'`)
    expect(rustupDefault()).toBe(before)
  })

  testUnless(
    installedToolchains().some((t) => t.startsWith('nightly'))
      ? null
      : 'no nightly toolchain installed (rustup cannot download one here)'
  )("named nightly: its release, not stable's", async () => {
    const t = await resolveToolchain('nightly', tmp(), env)
    expect(t.env).toEqual({ RUSTUP_TOOLCHAIN: 'nightly', RUSTUP_AUTO_INSTALL: '0' })
    expect(t.release).toMatch(/nightly/)
  })

  test('named and missing: installed with --profile minimal; a failure names the input', async () => {
    const r = recorder()
    const before = rustupDefault()
    await expect(
      resolveToolchain('1.61.0', tmp(), env, { log: r.log, warn: r.warn, retry: r.retry })
    ).rejects.toThrow(
      /^Could not install the Rust toolchain '1\.61\.0' \(input 'toolchain'\) with 'rustup toolchain install 1\.61\.0 --profile minimal --no-self-update'/
    )
    expect(r.lines[0]).toBe(
      "Toolchain '1.61.0' is not installed: rustup toolchain install --profile minimal"
    )
    expect(r.sleeps).toEqual([5])
    expect(rustupDefault()).toBe(before)
  })

  test('without rustup: the rustc on PATH; a named toolchain is an error', async () => {
    const distro = { ...env, PATH: distroRustPath() }
    const t = await resolveToolchain(null, tmp(), distro)
    expect(t).toMatchObject({ rustup: false, env: {}, source: 'rustc on PATH (no rustup)' })
    expect(t.host).toBe(stable.host)
    await expect(resolveToolchain('stable', tmp(), distro)).rejects.toThrow(
      "Input 'toolchain' is 'stable', but rustup is not installed"
    )
  })

  test('pure helpers', () => {
    expect(
      toolchainFileOf("nightly-x86_64-unknown-linux-gnu (overridden by '/p/rust-toolchain.toml')")
    ).toBe('/p/rust-toolchain.toml')
    expect(toolchainFileOf('stable-x86_64-unknown-linux-gnu (default)')).toBeNull()
    expect(
      toolchainFileOf('stable (overridden by environment variable RUSTUP_TOOLCHAIN)')
    ).toBeNull()
    const installed = 'rustc-x86_64-unknown-linux-gnu\nrustfmt-x86_64-unknown-linux-gnu\nrust-src\n'
    expect(
      missingComponents(
        ['rustfmt', 'rust-src', 'clippy', 'llvm-tools-preview'],
        installed,
        'x86_64-unknown-linux-gnu'
      )
    ).toEqual(['clippy', 'llvm-tools-preview'])
    expect(isNetworkFailure('error: could not download file from x')).toBe(true)
    expect(isNetworkFailure("error: toolchain 'x' does not support target 'y'")).toBe(false)
    expect(rustupError('error: a\n\nStack backtrace:\n  0: x')).toBe('error: a')
  })
})
