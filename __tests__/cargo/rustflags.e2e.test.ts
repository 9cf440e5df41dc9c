// Every rustflags source a user can use, built for real: rustc gets exactly the flags plain cargo
// gives it, plus the action's target-cpu (or the user's own CPU choice, untouched).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseEnv, runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { callFor, flagsOf, rustcCalls } from '../support/rustc-lines.js'

const HOST = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1].trim()
const HOST_ENV = `CARGO_TARGET_${HOST.toUpperCase().replace(/[-.]/g, '_')}_RUSTFLAGS`

interface Case {
  name: string
  config?: string
  home?: string
  env?: Record<string, string>
  rustflagsInput?: string
  /** The --cfg flags rustc should get from the user. */
  userCfgs: string[]
  /** The target-cpu rustc should end up with. */
  cpu: string
  added: string[]
}

const CPU = ['-C', 'target-cpu=x86-64-v2']
const cases: Case[] = [
  {
    name: 'build.rustflags array',
    config: 'build.rustflags = ["--cfg", "b"]',
    userCfgs: ['b'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'build.rustflags string',
    config: 'build.rustflags = "--cfg b"',
    userCfgs: ['b'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'target.<triple> array beside build',
    config: `build.rustflags = ["--cfg", "b"]\n[target.${HOST}]\nrustflags = ["--cfg", "t"]`,
    userCfgs: ['t'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'target.<cfg> string beside build',
    config: `build.rustflags = "--cfg b"\n[target.'cfg(unix)']\nrustflags = "--cfg u"`,
    userCfgs: ['u'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'RUSTFLAGS over config',
    config: 'build.rustflags = ["--cfg", "b"]',
    env: { RUSTFLAGS: '--cfg r1 --cfg r2' },
    userCfgs: ['r1', 'r2'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'CARGO_ENCODED_RUSTFLAGS over RUSTFLAGS',
    env: { CARGO_ENCODED_RUSTFLAGS: '--cfg\x1fe', RUSTFLAGS: '--cfg r' },
    userCfgs: ['e'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'CARGO_HOME config joined with project config',
    home: 'build.rustflags = ["--cfg", "h"]',
    config: 'build.rustflags = ["--cfg", "b"]',
    userCfgs: ['h', 'b'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'CARGO_BUILD_RUSTFLAGS env merged with a config string',
    config: 'build.rustflags = "--cfg b"',
    env: { CARGO_BUILD_RUSTFLAGS: '--cfg be' },
    userCfgs: ['b', 'be'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: 'CARGO_TARGET_<T>_RUSTFLAGS env only',
    env: { [HOST_ENV]: '--cfg te' },
    userCfgs: ['te'],
    cpu: 'x86-64-v2',
    added: CPU
  },
  {
    name: "the user's own target-cpu in target.<cfg>",
    config: `[target.'cfg(target_arch = "x86_64")']\nrustflags = ["-C", "target-cpu=x86-64", "--cfg", "mine"]`,
    userCfgs: ['mine'],
    cpu: 'x86-64',
    added: []
  },
  {
    name: 'the rustflags input with a user target-feature',
    env: { RUSTFLAGS: '-C target-feature=+sse4.2' },
    rustflagsInput: '--cfg from_input',
    userCfgs: ['from_input'],
    cpu: '',
    added: ['--cfg', 'from_input']
  }
]

function setUp(c: Case): { dir: string; env: Record<string, string | undefined> } {
  const dir = copyFixture('workspace')
  const env: Record<string, string | undefined> = { ...baseEnv(), ...c.env }
  if (c.config !== undefined) {
    mkdirSync(path.join(dir, '.cargo'))
    writeFileSync(path.join(dir, '.cargo', 'config.toml'), `${c.config}\n`)
  }
  if (c.home !== undefined) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'ro-home-'))
    writeFileSync(path.join(home, 'config.toml'), `${c.home}\n`)
    env.CARGO_HOME = home
  }
  return { dir, env }
}

describe.each(cases)('rustflags from $name', (c) => {
  it('reach rustc intact, with the action flags added once', async () => {
    const { dir, env } = setUp(c)
    const before = snapshot(dir)
    const plain = spawnSync(
      'cargo',
      ['build', '--release', '--target', HOST, '-p', 'app', '-v', '--target-dir', 'target/plain'],
      {
        cwd: dir,
        env: env as NodeJS.ProcessEnv,
        encoding: 'utf8'
      }
    )
    expect(plain.status).toBe(0)
    const plainCfgs = flagsOf(callFor(rustcCalls(plain.stderr), 'app')).cfgs
    const fromInput =
      c.rustflagsInput === undefined
        ? []
        : flagsOf({ crate: '', args: c.rustflagsInput.split(' ') }).cfgs
    // The fixture does what we think: plain cargo gives rustc the user's flags.
    expect([...plainCfgs, ...fromInput]).toEqual(c.userCfgs)

    const run = await runAction({
      cwd: dir,
      env:
        c.env === undefined
          ? { CARGO_HOME: env.CARGO_HOME }
          : { ...c.env, CARGO_HOME: env.CARGO_HOME },
      inputs: {
        preset: 'none',
        'target-cpu': 'x86-64-v2',
        rustflags: c.rustflagsInput ?? '',
        package: 'app',
        'cargo-args': '-v',
        sccache: 'false',
        baseline: 'none',
        comment: 'false'
      }
    })
    expect(run.code).toBe(0)
    const got = flagsOf(callFor(rustcCalls(run.stdout), 'app'))
    expect(got.cfgs).toEqual(c.userCfgs)
    expect(got.codegen.filter((f) => f.startsWith('target-cpu='))).toEqual(
      c.cpu === '' ? [] : [`target-cpu=${c.cpu}`]
    )
    expect(JSON.parse(run.outputs.rustflags)).toEqual({ [HOST]: c.added })
    expect(snapshot(dir)).toEqual(before)
  })
})
