// The toolchain probes the main step starts before it loads the pipeline: the pipeline takes them
// only where it would start the very same process, so each probe runs once.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readProject } from '../../src/cargo/project.js'
import {
  guessInputs,
  likelyToolchainEnv,
  startEarly,
  startToolchainProbes,
  takeOrRun,
  toolchainProbes,
  withoutInputs,
  withoutRunnerTokens
} from '../../src/toolchain/early.js'
import { resolveToolchain } from '../../src/toolchain/toolchain.js'

const VERSION = [
  'rustc 1.95.0 (59807616e 2026-04-14)',
  'binary: rustc',
  'host: x86_64-unknown-linux-gnu',
  'release: 1.95.0'
].join('\n')

/** A directory with a fake rustc and rustup that note each call (one line each) in `calls`. */
function fakes(): { bin: string; calls: string; count: () => string[] } {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'ro-early-'))
  const calls = path.join(bin, 'calls')
  writeFileSync(calls, '')
  const fake = (name: string, body: string) => {
    const file = path.join(bin, name)
    writeFileSync(file, `#!/bin/sh\necho "${name} $*" >> '${calls}'\n${body}\n`)
    chmodSync(file, 0o755)
  }
  fake(
    'rustc',
    `if [ "$1" = "-vV" ]; then printf '%s\\n' '${VERSION.split('\n').join("' '")}'; else echo /sysroot; fi`
  )
  fake('rustup', `echo 'stable-x86_64-unknown-linux-gnu (default)'`)
  const meta = {
    workspace_root: bin,
    target_directory: path.join(bin, 'target'),
    packages: [],
    workspace_members: []
  }
  fake('cargo', `echo '${JSON.stringify(meta)}'`)
  writeFileSync(path.join(bin, 'Cargo.toml'), '[workspace]\n')
  const count = () => readFileSync(calls, 'utf8').split('\n').filter(Boolean).sort()
  return { bin, calls, count }
}

test('the probes started early are taken, not run again', async () => {
  const { bin, count } = fakes()
  const env = { PATH: `${bin}:/usr/bin:/bin` }
  const p = toolchainProbes(null, bin, env)
  startEarly([p.version, p.sysroot, p.active!])
  const t = await resolveToolchain(null, bin, env)
  expect(t.versionText).toBe(VERSION)
  expect(t.sysroot).toBe('/sysroot')
  expect(t.source).toBe('rustup: stable-x86_64-unknown-linux-gnu (default)')
  expect(count()).toEqual(['rustc --print sysroot', 'rustc -vV', 'rustup show active-toolchain'])
})

test('a probe started for other settings is not taken: the pipeline asks again', async () => {
  const { bin, count } = fakes()
  const env = { PATH: `${bin}:/usr/bin:/bin` }
  const p = toolchainProbes('nightly', bin, env) // guessed a toolchain the settings do not name
  startEarly([p.version, p.sysroot])
  await resolveToolchain(null, bin, env)
  expect(count()).toEqual([
    'rustc --print sysroot',
    'rustc --print sysroot',
    'rustc -vV',
    'rustc -vV',
    'rustup show active-toolchain'
  ])
  // The same call, once taken, is not handed out twice.
  const once = toolchainProbes(null, bin, env).version
  startEarly([once])
  await takeOrRun(once)
  await takeOrRun(once)
  expect(count().filter((c) => c === 'rustc -vV')).toHaveLength(4)
})

test('the main step starts them, and cargo metadata, for the inputs as parseSettings reads them', async () => {
  const { bin, count } = fakes()
  const env = {
    PATH: `${bin}:/usr/bin:/bin`,
    GITHUB_WORKSPACE: path.dirname(bin),
    'INPUT_WORKING-DIRECTORY': ` ${path.basename(bin)} `,
    INPUT_TOOLCHAIN: '',
    INPUT_PRESET: 'size',
    ACTIONS_RUNTIME_TOKEN: 'secret'
  }
  startToolchainProbes(env, '/')
  const stepEnv = withoutInputs(env)
  const t = await resolveToolchain(null, bin, stepEnv)
  expect(t.release).toBe('1.95.0')
  // As startRun reads the project: under the likely toolchain, without the runner's tokens.
  const cargoEnv = withoutRunnerTokens({ ...stepEnv, ...likelyToolchainEnv(null) })
  const project = await readProject(bin, null, cargoEnv, [])
  expect(project.workspaceRoot).toBe(bin)
  expect(count()).toEqual([
    'cargo metadata --no-deps --format-version 1 --offline',
    'rustc --print sysroot',
    'rustc -vV',
    'rustup show active-toolchain'
  ])
})

test.each([
  [{}, '/w', { toolchain: null, workingDirectory: '/w', manifestPath: null }],
  [
    { GITHUB_WORKSPACE: '/ws', 'INPUT_WORKING-DIRECTORY': 'a/b' },
    '/w',
    { toolchain: null, workingDirectory: '/ws/a/b', manifestPath: null }
  ],
  [
    { INPUT_TOOLCHAIN: ' 1.85 ' },
    '/w',
    { toolchain: '1.85', workingDirectory: '/w', manifestPath: null }
  ],
  [
    { 'INPUT_MANIFEST-PATH': ' a/Cargo.toml ' },
    '/w',
    { toolchain: null, workingDirectory: '/w', manifestPath: '/w/a/Cargo.toml' }
  ],
  [{ INPUT_TOOLCHAIN: 'stable; rm' }, '/w', null],
  [{ INPUT_TOOLCHAIN: '-x' }, '/w', null]
])('guessInputs(%j, %s)', (env, cwd, expected) => {
  expect(guessInputs(env, cwd)).toEqual(expected)
})

test('withoutInputs drops the INPUT_ variables only', () => {
  expect(
    withoutInputs({ INPUT_GITHUB_TOKEN: 't', input_x: 'y', PATH: '/bin', MY_INPUT_Z: 'z' })
  ).toEqual({
    PATH: '/bin',
    MY_INPUT_Z: 'z'
  })
})
