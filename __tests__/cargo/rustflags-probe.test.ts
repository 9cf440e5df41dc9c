// The rustflags probe can never fail a build: when cargo refuses it, the action warns and reads the
// config files itself, and target-cpu and the user's flags still reach rustc. That reading is
// checked against cargo's own answer for the common layouts.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'smol-toml'
import { runAction, type ActionRun } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { callFor, flagsOf, rustcCalls } from '../support/rustc-lines.js'
import { cfgSet } from '../../src/cargo/cfg-expr.js'
import { cliConfigs, discoverConfigFiles } from '../../src/cargo/project.js'
import { configRustflags } from '../../src/cargo/rustflags-config.js'
import { probeRustflags } from '../../src/cargo/rustflags-probe.js'

const HOST = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1].trim()
const HOST_ENV = `CARGO_TARGET_${HOST.toUpperCase().replace(/[-.]/g, '_')}_RUSTFLAGS`
const REAL_CARGO = execFileSync('sh', ['-c', 'command -v cargo'], { encoding: 'utf8' }).trim()

/** A PATH whose `cargo` refuses every -Z flag, as a cargo built without unstable options does. */
function refusingPath(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-no-z-'))
  const file = path.join(dir, 'cargo')
  writeFileSync(
    file,
    `#!/bin/sh
for a in "$@"; do
  case "$a" in
    -Z*) echo "error: the -Z flag is only accepted on the nightly channel of Cargo, but this is the \\\`stable\\\` channel" >&2; exit 101 ;;
  esac
done
exec '${REAL_CARGO}' "$@"
`
  )
  chmodSync(file, 0o755)
  return `${dir}${path.delimiter}${process.env.PATH ?? ''}`
}

function project(config?: string): string {
  const dir = copyFixture('workspace')
  if (config !== undefined) {
    mkdirSync(path.join(dir, '.cargo'))
    writeFileSync(path.join(dir, '.cargo', 'config.toml'), `${config}\n`)
  }
  return dir
}

function build(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    cwd: dir,
    env,
    inputs: {
      preset: 'none',
      package: 'app',
      'cargo-args': '-v',
      sccache: 'false',
      baseline: 'none',
      comment: 'false',
      ...inputs
    }
  })
}

const warnings = (r: ActionRun): string[] =>
  r.stdout.split('\n').filter((l) => l.startsWith('::warning'))

function rustcGot(r: ActionRun): { cfgs: string[]; cpu: string[] } {
  if (r.code !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`)
  const got = flagsOf(callFor(rustcCalls(r.stdout), 'app'))
  return { cfgs: got.cfgs, cpu: got.codegen.filter((f) => f.startsWith('target-cpu=')) }
}

test('a cargo that refuses -Z: the build succeeds with a warning, target-cpu and the user flags reach rustc', async () => {
  const config = `build.rustflags = ["--cfg", "b"]\n[target.'cfg(unix)']\nrustflags = ["--cfg", "u"]`
  const dir = project(config)
  const before = snapshot(dir)
  const r = await build(dir, { 'target-cpu': 'x86-64-v2' }, { PATH: refusingPath() })
  // cargo uses the matching target entry, not build.rustflags; the fallback must agree.
  expect(rustcGot(r)).toEqual({ cfgs: ['u'], cpu: ['target-cpu=x86-64-v2'] })
  expect(warnings(r)).toHaveLength(1)
  expect(warnings(r)[0]).toContain(
    '::warning::cargo refused the rustflags probe (cargo rustc -Zunstable-options --print cfg under RUSTC_BOOTSTRAP=1): cargo exited with 101: error: the -Z flag is only accepted on the nightly channel'
  )
  expect(warnings(r)[0]).toContain(
    `read your cargo config files instead to place the flags for ${HOST}`
  )
  expect(JSON.parse(r.outputs.rustflags)).toEqual({ [HOST]: ['-C', 'target-cpu=x86-64-v2'] })
  expect(snapshot(dir)).toEqual(before)
})

test('an [unstable] table RUSTC_BOOTSTRAP would switch on: no probe, a warning, the flags still arrive', async () => {
  // Plain stable cargo ignores this table; under RUSTC_BOOTSTRAP=1 it is an error.
  const dir = project('build.rustflags = "--cfg b"\n[unstable]\nbuild-std = "core"')
  const r = await build(dir, { 'target-cpu': 'x86-64-v2' })
  expect(rustcGot(r)).toEqual({ cfgs: ['b'], cpu: ['target-cpu=x86-64-v2'] })
  expect(warnings(r)).toEqual([
    `::warning::Your cargo config has an [unstable] table, which the rustflags probe (RUSTC_BOOTSTRAP=1) would switch on; read your cargo config files instead to place the flags for ${HOST}.`
  ])
})

test('no probe when the action adds no flags for the target', async () => {
  const dir = project('build.rustflags = ["--cfg", "b"]')
  const r = await build(dir, { 'target-cpu': 'none' }, { PATH: refusingPath() })
  expect(rustcGot(r)).toEqual({ cfgs: ['b'], cpu: [] })
  expect(warnings(r)).toEqual([])
  expect(JSON.parse(r.outputs.rustflags)).toEqual({ [HOST]: [] })
})

test('no probe when no rustflags are set anywhere: cargo would read build.rustflags', async () => {
  // A cargo that refuses -Z would make a probe warn: no warning means no probe ran.
  const dir = project(`[target.${HOST}]\nrunner = "env"`)
  const r = await build(dir, { 'target-cpu': 'x86-64-v2' }, { PATH: refusingPath() })
  expect(rustcGot(r)).toEqual({ cfgs: [], cpu: ['target-cpu=x86-64-v2'] })
  expect(warnings(r)).toEqual([])
  expect(r.stdout).toContain('via CARGO_BUILD_RUSTFLAGS')
})

describe('the config reading agrees with cargo', () => {
  const layouts: {
    name: string
    config?: string
    home?: string
    env?: Record<string, string>
    cli?: string[]
  }[] = [
    { name: 'nothing' },
    { name: 'build array', config: 'build.rustflags = ["--cfg", "b"]' },
    { name: 'build string', config: 'build.rustflags = "--cfg b  --cfg c"' },
    {
      name: 'build with CARGO_BUILD_RUSTFLAGS',
      config: 'build.rustflags = "--cfg b"',
      env: { CARGO_BUILD_RUSTFLAGS: '--cfg be' }
    },
    {
      name: 'home and project joined',
      home: 'build.rustflags = ["--cfg", "h"]',
      config: 'build.rustflags = ["--cfg", "b"]'
    },
    {
      name: 'triple beside build',
      config: `build.rustflags = ["--cfg", "b"]\n[target.${HOST}]\nrustflags = ["--cfg", "t"]`
    },
    {
      name: 'matching and non-matching cfg entries',
      config: `[target.'cfg(unix)']\nrustflags = "--cfg u"\n[target.'cfg(windows)']\nrustflags = "--cfg w"\n[build]\nrustflags = ["--cfg", "b"]`
    },
    {
      name: 'only a non-matching cfg entry',
      config: `build.rustflags = ["--cfg", "b"]\n[target.'cfg(target_os = "macos")']\nrustflags = ["--cfg", "m"]`
    },
    { name: 'the target variable only', env: { [HOST_ENV]: '--cfg te' } },
    {
      name: 'build from file, variable and --config, in that order',
      config: 'build.rustflags = ["--cfg", "b"]',
      env: { CARGO_BUILD_RUSTFLAGS: '--cfg be' },
      cli: ['build.rustflags=["--cfg", "bc"]']
    },
    {
      name: 'a --config target entry drops build.rustflags',
      config: 'build.rustflags = ["--cfg", "b"]',
      cli: [`target.${HOST}.rustflags=["--cfg", "tc"]`]
    },
    {
      name: 'the target variable beside a triple entry',
      config: `[target.${HOST}]\nrustflags = ["--cfg", "t"]`,
      env: { [HOST_ENV]: '--cfg te' }
    }
  ]
  const cfg = cfgSet(execFileSync('rustc', ['--print', 'cfg'], { encoding: 'utf8' }).split('\n'))

  test.each(layouts)('$name', async (l) => {
    const dir = project(l.config)
    const env: Record<string, string | undefined> = { ...process.env, ...l.env }
    for (const k of ['RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS', 'CARGO_BUILD_RUSTFLAGS', HOST_ENV])
      if (l.env?.[k] === undefined) delete env[k]
    const home = mkdtempSync(path.join(os.tmpdir(), 'ro-home-'))
    if (l.home !== undefined) writeFileSync(path.join(home, 'config.toml'), `${l.home}\n`)
    env.CARGO_HOME = home
    const configs = discoverConfigFiles(dir, env).map((file) => ({
      path: file,
      data: parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    }))
    const cliArgs = (l.cli ?? []).flatMap((c) => ['--config', c])
    configs.push(...cliConfigs(cliArgs, dir))
    const cargo = await probeRustflags({
      cwd: dir,
      triple: HOST,
      manifestPath: null,
      configArgs: cliArgs,
      env
    })
    const ours = configRustflags({ triple: HOST, configs, env, cfg })
    expect({ source: ours.source, flags: ours.flags }).toEqual({
      source: cargo.source,
      flags: cargo.flags
    })
  })
})
