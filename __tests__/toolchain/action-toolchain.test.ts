// The toolchain, targets and cross-linker phases through the bundled action, as the runner runs it.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { distroRustPath, installedToolchains } from '../support/rust.js'
import { testUnless } from '../support/skip.js'

const HOST = /host: (\S+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1]
const quick = { preset: 'quick', sccache: 'false', baseline: 'none', comment: 'false' }
const rustupDefault = (): string => execFileSync('rustup', ['default'], { encoding: 'utf8' }).trim()

function checkBinaries(artifacts: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-binary.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ARTIFACTS: artifacts }
  })
}

test('host target with C code: built, header and output checked, rustc -vV in log and report', async () => {
  const dir = copyFixture('cross-hello')
  const before = snapshot(dir)
  const run = await runAction({
    cwd: dir,
    inputs: { ...quick, 'working-directory': dir, features: 'cross-hello/c', targets: HOST }
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(run.stdout).toContain('::group::Toolchain')
  expect(run.stdout).toMatch(/^rustc \d+\.\d+\.\d+.*\nbinary: rustc\n/m)
  expect(run.stdout).toContain('::group::Targets and linkers')
  expect(run.stdout).toContain(`${HOST}: installed`)
  expect(run.stdout).toContain(`${HOST}: native target`)
  expect(run.stdout).toContain('cmath: compiled c/add.c with cc')
  expect(run.outputs.report).toContain(`host: ${HOST}`)
  expect(run.outputs.report).toMatch(/<details><summary><sub>rustc \d/)
  const artifacts = JSON.parse(run.outputs.artifacts) as { target: string; name: string }[]
  expect(artifacts.map((a) => `${a.target}/${a.name}`)).toEqual([`${HOST}/cross-hello`])
  const check = checkBinaries(
    run.outputs.artifacts,
    '--run',
    `${HOST}=native`,
    '--expect',
    'cross-hello {arch}-{os} c: 2+3=5'
  )
  expect(check.stderr).toBe('')
  expect(check.status).toBe(0)
  expect(snapshot(dir)).toEqual(before)
})

test('a target no linker can be provided for fails before anything is installed or built', async () => {
  const dir = copyFixture('cross-hello')
  const run = await runAction({
    cwd: dir,
    inputs: { ...quick, 'working-directory': dir, targets: `${HOST} aarch64-apple-darwin` }
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(1)
  expect(run.stdout).toContain(
    "::error::cross-linker: auto has no C toolchain for target 'aarch64-apple-darwin' on this runner"
  )
  expect(run.stdout).toContain("set the input 'cross-linker: none'")
  expect(run.stdout).not.toContain('rustup target add')
  expect(run.stdout).not.toContain('::group::Build')
})

test('a linker the user configured is used and left alone', async () => {
  const dir = copyFixture('cross-hello')
  mkdirSync(path.join(dir, '.cargo'))
  const config = path.join(dir, '.cargo', 'config.toml')
  writeFileSync(config, `[target.${HOST}]\nlinker = "gcc"\n`)
  const run = await runAction({
    cwd: dir,
    inputs: { ...quick, 'working-directory': dir, targets: HOST, 'cargo-args': '-v' }
  })
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(
    `${HOST}: linker configured by you (target.${HOST}.linker in ${config})`
  )
  expect(run.stdout).toMatch(/Running `[^`]*rustc --crate-name cross_hello[^`]*-C linker=gcc/)
})

const nightlyTest = testUnless(
  installedToolchains().some((t) => t.startsWith('nightly'))
    ? null
    : 'no nightly toolchain installed (rustup cannot download one here); .github/workflows runs it'
)

test('a named toolchain is used for every call without changing the default', async () => {
  const before = rustupDefault()
  const dir = copyFixture('cross-hello')
  const run = await runAction({
    cwd: dir,
    inputs: { ...quick, 'working-directory': dir, toolchain: 'stable', 'cargo-args': '-v' }
  })
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(`Toolchain: input 'toolchain: stable'`)
  // cargo ran the named toolchain's own rustc for the build.
  expect(run.stdout).toMatch(
    /Running `(?:\S+ )?\S*toolchains\/stable-\S*\/rustc --crate-name cross_hello/
  )
  expect(rustupDefault()).toBe(before)
})

nightlyTest('nightly, named: its rustc builds and reports, the default stays', async () => {
  const before = rustupDefault()
  const dir = copyFixture('cross-hello')
  const run = await runAction({
    cwd: dir,
    inputs: { ...quick, 'working-directory': dir, toolchain: 'nightly', 'cargo-args': '-v' }
  })
  expect(run.code).toBe(0)
  expect(run.outputs.report).toMatch(/<sub>rustc \S+-nightly/)
  expect(run.stdout).toMatch(
    /Running `(?:\S+ )?\S*toolchains\/nightly-\S*\/rustc --crate-name cross_hello/
  )
  expect(run.stdout).not.toMatch(/Running `(?:\S+ )?\S*toolchains\/stable-/)
  expect(rustupDefault()).toBe(before)
})

test('without rustup: the distro rustc builds the host; a missing target fails naming it', async () => {
  const dir = copyFixture('cross-hello')
  const PATH = distroRustPath()
  const ok = await runAction({
    cwd: dir,
    env: { PATH },
    inputs: { ...quick, 'working-directory': dir }
  })
  expect(ok.code).toBe(0)
  expect(ok.stdout).toContain('Toolchain: rustc on PATH (no rustup)')
  const bad = await runAction({
    cwd: dir,
    env: { PATH },
    inputs: { ...quick, 'working-directory': dir, targets: 'aarch64-unknown-linux-gnu' }
  })
  expect(bad.code).toBe(1)
  expect(bad.stdout).toContain(
    "::error::Target 'aarch64-unknown-linux-gnu' is not installed: its standard library is not in "
  )
  expect(bad.stdout).not.toContain('apt-get')
})
