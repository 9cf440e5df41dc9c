// The core pipeline end to end: real cargo builds of the fixture workspace through dist/main.js.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Artifact } from '../src/report/sizes.js'
import { baseEnv, runAction, ROOT } from './support/action.js'
import { copyFixture, snapshot } from './support/fixtures.js'
import { callFor, flagsOf, rustcCalls } from './support/rustc-lines.js'

const HOST = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1].trim()
const QUIET = { sccache: 'false', baseline: 'none', comment: 'false' }

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

describe('the core pipeline on the fixture workspace', () => {
  it('builds every deliverable with preset flags, user rustflags kept, and outputs matching the files', async () => {
    const dir = copyFixture('workspace')
    const cargoHome = mkdtempSync(path.join(os.tmpdir(), 'ro-cargo-home-'))
    writeFileSync(path.join(cargoHome, 'config.toml'), 'build.rustflags = ["--cfg", "from_home"]\n')
    mkdirSync(path.join(dir, '.cargo'))
    writeFileSync(
      path.join(dir, '.cargo', 'config.toml'),
      '[build]\nrustflags = ["--cfg", "from_build"]\n'
    )
    const before = snapshot(dir)

    const run = await runAction({
      cwd: dir,
      inputs: { ...QUIET, preset: 'speed', 'cargo-args': '-v' },
      env: { CARGO_HOME: cargoHome }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    // Outputs describe the files on disk.
    const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
    expect(artifacts.map((a) => [a.name, a.kind]).sort()).toEqual([
      ['app', 'bin'],
      ['app-tool', 'bin'],
      ['libffi.so', 'cdylib']
    ])
    for (const a of artifacts) {
      expect(path.isAbsolute(a.path)).toBe(true)
      expect(a.path).toBe(path.join(dir, 'target', HOST, 'release', a.name))
      expect(a.size).toBe(statSync(a.path).size)
      expect(a.sha256).toBe(sha256(a.path))
      expect(a).toMatchObject({ target: HOST, baseline: null, delta: null, debugSymbols: null })
    }
    expect(run.outputs.paths).toBe(artifacts.map((a) => a.path).join('\n'))
    expect(run.outputs['total-size']).toBe(String(artifacts.reduce((s, a) => s + a.size, 0)))
    expect([
      run.outputs['baseline-size'],
      run.outputs['size-delta'],
      run.outputs['size-delta-percent']
    ]).toEqual(['', '', ''])
    expect(JSON.parse(run.outputs.rustflags)).toEqual({ [HOST]: ['-C', 'target-cpu=x86-64-v3'] })
    expect(JSON.parse(run.outputs.profile)).toMatchObject({
      'opt-level': { value: 3, source: 'preset' },
      lto: { value: 'fat', source: 'preset' },
      'codegen-units': { value: 4, source: 'user' },
      panic: { value: 'abort', source: 'preset' },
      strip: { value: 'symbols', source: 'preset' }
    })
    expect(run.summary).toBe(run.outputs.report)
    expect(run.outputs.report).toContain('panic = "abort"')
    expect(run.outputs.report).toContain('CPU floor: x86-64-v3')

    // What rustc received.
    const calls = rustcCalls(run.stdout)
    for (const crate of ['app', 'app_tool', 'ffi']) {
      const { cfgs, codegen } = flagsOf(callFor(calls, crate))
      expect(cfgs).toEqual(expect.arrayContaining(['from_home', 'from_build']))
      expect(codegen).toEqual(
        expect.arrayContaining([
          'opt-level=3',
          'lto=fat',
          'codegen-units=4',
          'panic=abort',
          'strip=symbols',
          'target-cpu=x86-64-v3'
        ])
      )
    }
    for (const hostCrate of ['build_script_build', 'macros']) {
      const { cfgs, codegen } = flagsOf(callFor(calls, hostCrate))
      expect(codegen.filter((c) => c.startsWith('target-cpu'))).toEqual([])
      expect(cfgs).not.toContain('from_build')
    }

    // One group per phase, settings printed once.
    expect(run.stdout.match(/^::group::(.*)$/gm)).toEqual([
      '::group::Toolchain',
      '::group::Settings',
      '::group::Profile',
      '::group::Targets and linkers',
      '::group::Rustflags',
      `::group::Build ${HOST}`
    ])
    expect(run.stdout.match(/preset: speed, profile: release/g)).toHaveLength(1)
    expect(snapshot(dir)).toEqual(before)
  })

  it('merges the preset under user profile keys from Cargo.toml, config and env; overrides win', async () => {
    const dir = copyFixture('workspace')
    mkdirSync(path.join(dir, '.cargo'))
    writeFileSync(path.join(dir, '.cargo', 'config.toml'), '[profile.release]\nlto = "thin"\n')
    const env = { CARGO_PROFILE_RELEASE_PANIC: 'unwind' }
    const inputs = {
      ...QUIET,
      preset: 'speed',
      package: 'app',
      'cargo-args': '-v',
      'target-cpu': 'none'
    }

    const kept = await runAction({
      cwd: dir,
      env,
      inputs: { ...inputs, overrides: 'opt-level = "s"' }
    })
    expect(kept.code).toBe(0)
    expect(flagsOf(callFor(rustcCalls(kept.stdout), 'app')).codegen).toEqual(
      expect.arrayContaining(['opt-level=s', 'lto=thin', 'codegen-units=4', 'strip=symbols'])
    )
    expect(flagsOf(callFor(rustcCalls(kept.stdout), 'app')).codegen).not.toContain('panic=abort')
    expect(JSON.parse(kept.outputs.profile)).toMatchObject({
      'opt-level': { value: 's', source: 'override' },
      lto: { value: 'thin', source: 'user' },
      panic: { value: 'unwind', source: 'user' },
      'codegen-units': { value: 4, source: 'user' }
    })
    expect(kept.outputs.report).not.toContain('This build uses `panic = "abort"`')
    expect(JSON.parse(kept.outputs.rustflags)).toEqual({ [HOST]: [] })

    const forced = await runAction({
      cwd: dir,
      env,
      inputs: { ...inputs, 'respect-user-profile': 'false' }
    })
    expect(forced.code).toBe(0)
    expect(flagsOf(callFor(rustcCalls(forced.stdout), 'app')).codegen).toEqual(
      expect.arrayContaining(['opt-level=3', 'lto=fat', 'codegen-units=1', 'panic=abort'])
    )
  })

  it('applies the preset to a custom profile and leaves strip alone when the user enabled debug', async () => {
    const dir = copyFixture('workspace')
    writeFileSync(
      path.join(dir, 'Cargo.toml'),
      readFileSync(path.join(dir, 'Cargo.toml'), 'utf8') +
        '\n[profile.dist]\ninherits = "release"\ndebug = "line-tables-only"\n'
    )
    const run = await runAction({
      cwd: dir,
      inputs: { ...QUIET, preset: 'quick', profile: 'dist', package: 'app', 'cargo-args': '-v' }
    })
    expect(run.code).toBe(0)
    const { codegen } = flagsOf(callFor(rustcCalls(run.stdout), 'app'))
    expect(codegen).toEqual(
      expect.arrayContaining(['opt-level=3', 'lto=thin', 'debuginfo=line-tables-only'])
    )
    expect(codegen.filter((c) => c.startsWith('strip'))).toEqual([])
    const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
    expect(artifacts.map((a) => a.path)).toContain(path.join(dir, 'target', HOST, 'dist', 'app'))
    expect(JSON.parse(run.outputs.profile).strip).toEqual({ value: 'none', source: 'default' })
  })

  it('builds a baseline with the untouched profile in its own target directory and reports deltas', async () => {
    const dir = copyFixture('workspace')
    const run = await runAction({
      cwd: dir,
      inputs: { ...QUIET, preset: 'size', package: 'app', baseline: 'profile' }
    })
    expect(run.code).toBe(0)
    const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
    const baseDir = path.join(dir, 'target', 'rust-optimize-baseline', HOST, 'release')
    let baselineTotal = 0
    for (const a of artifacts) {
      const before = statSync(path.join(baseDir, a.name)).size
      baselineTotal += before
      expect(a.baseline).toBe(before)
      expect(a.delta).toBe(a.size - before)
      expect(a.size).toBeLessThan(before)
    }
    const total = Number(run.outputs['total-size'])
    expect(run.outputs['baseline-size']).toBe(String(baselineTotal))
    expect(run.outputs['size-delta']).toBe(String(total - baselineTotal))
    expect(run.outputs['size-delta-percent']).toBe(
      String(Math.round(((total - baselineTotal) / baselineTotal) * 10000) / 100)
    )
    expect(run.outputs.report).toMatch(
      /−[\d.]+ KiB \(−[\d.]+%\)(, mostly `[^`]+` [−+][\d.]+ K?i?B( and `[^`]+` [−+][\d.]+ K?i?B)?)? vs the `release` profile without the preset/
    )
  })

  it('honours --target-dir and --config profile keys in cargo-args, also with a baseline build', async () => {
    const dir = copyFixture('workspace')
    const run = await runAction({
      cwd: dir,
      inputs: {
        ...QUIET,
        preset: 'quick',
        package: 'app',
        baseline: 'profile',
        'cargo-args': `-v --target-dir out --config 'profile.release.lto="off"'`
      }
    })
    expect(run.code).toBe(0)
    const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
    const baseDir = path.join(dir, 'target', 'rust-optimize-baseline', HOST, 'release')
    expect(artifacts.map((a) => a.name).sort()).toEqual(['app', 'app-tool'])
    for (const a of artifacts) {
      expect(a.path).toBe(path.join(dir, 'out', HOST, 'release', a.name))
      expect(a.baseline).toBe(statSync(path.join(baseDir, a.name)).size)
    }
    // The checksums go with the artifacts, into the target directory cargo-args chose.
    expect(run.outputs.checksums).toBe(path.join(dir, 'out', 'rust-optimize', 'SHA256SUMS'))
    // cargo ranks --config above the action's CARGO_PROFILE_* variables: the output says so.
    const optimized = rustcCalls(run.stdout).filter((c) => c.crate === 'app')[0]
    expect(flagsOf(optimized).codegen).toContain('lto=off')
    const profile = JSON.parse(run.outputs.profile) as Record<string, unknown>
    expect(profile.lto).toEqual({ value: 'off', source: 'user' })
    expect(profile['opt-level']).toEqual({ value: 3, source: 'preset' })
  })

  it('turns compiler errors into annotations on the source line and fails, leaving files as they were', async () => {
    const dir = copyFixture('workspace')
    writeFileSync(
      path.join(dir, 'app', 'src', 'bin', 'app-tool.rs'),
      'fn main() {\n    let x: u32 = "not a number";\n}\n'
    )
    const before = snapshot(dir)
    const run = await runAction({ cwd: dir, inputs: { ...QUIET, preset: 'quick' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error title=mismatched types,file=app\/src\/bin\/app-tool.rs,line=2,endLine=2,col=\d+,endColumn=\d+::error\[E0308\]: mismatched types/m
    )
    expect(run.stdout).toMatch(
      /^::error::cargo build failed for .*: 1 compiler error\(s\), annotated on their source lines$/m
    )
    expect(snapshot(dir)).toEqual(before)
  })

  it('puts back a Cargo.lock that cargo had to rewrite, and says why', async () => {
    const dir = copyFixture('workspace')
    const lock = path.join(dir, 'Cargo.lock')
    writeFileSync(
      lock,
      readFileSync(lock, 'utf8').replace(
        /\n\[\[package\]\]\nname = "macros"\nversion = "0.1.0"\n/,
        '\n'
      )
    )
    const before = snapshot(dir)
    const run = await runAction({ cwd: dir, inputs: { ...QUIET, preset: 'none', package: 'app' } })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::Cargo.lock is out of date')
    expect(snapshot(dir)).toEqual(before)
  })

  it('rejects a bad input before building anything, with one error', async () => {
    const dir = copyFixture('workspace')
    const run = await runAction({ cwd: dir, inputs: { ...QUIET, preset: 'fastest' } })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toEqual([
      `::error::Input 'preset' has an invalid value "fastest": expected one of 'speed', 'size', 'balanced', 'quick', 'lambda', 'none'`
    ])
    expect(existsSync(path.join(dir, 'target'))).toBe(false)
    expect(run.outputs).toEqual({})
  })

  it('rejects a custom profile that does not exist before installing or building anything', async () => {
    const dir = copyFixture('workspace')
    const run = await runAction({
      cwd: dir,
      inputs: { ...QUIET, profile: 'dist', toolchain: 'nightly-2001-01-01' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      `::error::Input 'profile' has the value "dist", but no [profile.dist] exists in Cargo.toml or .cargo/config.toml; expected 'release', 'dev' or a custom profile defined there`
    ])
    expect(run.stdout).not.toContain('rustup toolchain install')
    expect(run.stdout).not.toContain('::group::')
    expect(existsSync(path.join(dir, 'target'))).toBe(false)
  })

  it('runs the same pipeline from the CLI and prints the outputs as JSON', () => {
    const dir = copyFixture('workspace')
    const stdout = execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'dist', 'cli.js'),
        '--preset',
        'none',
        '--sccache',
        'false',
        '--package',
        'app',
        '--json'
      ],
      {
        cwd: dir,
        env: baseEnv() as NodeJS.ProcessEnv,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    const outputs = JSON.parse(stdout) as Record<string, string>
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'artifacts',
        'baseline-size',
        'cache-hit',
        'checksums',
        'paths',
        'pgo-profile',
        'profile',
        'report',
        'rustflags',
        'sccache-hit-rate',
        'size-delta',
        'size-delta-percent',
        'total-size',
        'tune'
      ].sort()
    )
    expect(outputs.paths.split('\n').sort()).toEqual(
      ['app', 'app-tool'].map((b) => path.join(dir, 'target', HOST, 'release', b))
    )
    expect(JSON.parse(outputs.rustflags)).toEqual({ [HOST]: [] })
  })
})
