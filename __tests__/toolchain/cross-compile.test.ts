// The cross-linker phase for real: the variables it sets drive the Debian aarch64 cross toolchain
// that .ci/run installs, to compile, archive and link C and C++ for aarch64.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkFile, readHeader } from '../../scripts/check-binary.mjs'
import { installPackages } from '../../src/toolchain/cross-linker-install.js'
import { cliConfigs, type Project } from '../../src/cargo/project.js'
import { prepareTargets } from '../../src/toolchain/cross.js'
import { targetsPhase, type RunContext } from '../../src/phases/prepare.js'
import type { Logger } from '../../src/logger.js'
import { resolveToolchain, type Toolchain } from '../../src/toolchain/toolchain.js'
import { baseEnv } from '../support/action.js'
import { testUnless } from '../support/skip.js'
import { requireTool } from '../support/tools.js'

const TARGET = 'aarch64-unknown-linux-gnu'
const env = baseEnv()

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    annotate: () => undefined,
    group: async (name, fn) => {
      lines.push(`== ${name}`)
      return fn()
    }
  }
}

/** The stable toolchain, with a sysroot that claims an aarch64 std (none can be installed here). */
async function toolchainWithAarch64Std(): Promise<Toolchain> {
  const real = await resolveToolchain(null, os.tmpdir(), env)
  const sysroot = mkdtempSync(path.join(os.tmpdir(), 'ro-sysroot-'))
  const lib = path.join(sysroot, 'lib', 'rustlib', TARGET, 'lib')
  mkdirSync(lib, { recursive: true })
  writeFileSync(path.join(lib, 'libcore-0123456789abcdef.rlib'), '')
  return { ...real, sysroot }
}

const onLinux = process.platform === 'linux' && process.arch === 'x64'
const linuxTest = testUnless(
  onLinux ? null : 'the aarch64 cross toolchain is checked on x86_64 Linux'
)

linuxTest(
  'the variables of the plan compile and link C and C++ for aarch64',
  async () => {
    const logger = memoryLogger()
    const toolchain = await toolchainWithAarch64Std()
    const setup = await prepareTargets({
      targets: [TARGET],
      crossLinker: 'auto',
      cargoArgs: [],
      cwd: os.tmpdir(),
      toolchain,
      configs: [],
      env,
      logger
    })
    const vars = setup.envFor(TARGET)
    expect(vars).toMatchObject({
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: 'aarch64-linux-gnu-gcc',
      CC_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-gcc',
      CXX_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-g++',
      AR_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-ar'
    })
    // .ci/run installs the packages, so the phase installs nothing and says so.
    expect(logger.lines).toContain(
      'Already installed: gcc-aarch64-linux-gnu, g++-aarch64-linux-gnu, libc6-dev-arm64-cross'
    )
    expect(logger.lines).toContain(`${TARGET}: installed`)

    const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-cross-c-'))
    const file = (name: string, text: string): string => {
      writeFileSync(path.join(dir, name), text)
      return path.join(dir, name)
    }
    file('add.c', 'int add(int a, int b) { return a + b; }\n')
    file(
      'greet.cpp',
      '#include <string>\nextern "C" int greet_len() { return std::string("hello").size(); }\n'
    )
    file(
      'main.c',
      '#include <stdio.h>\nint add(int, int);\nint greet_len(void);\nint main(void) { printf("aarch64 says %d %d\\n", add(2, 3), greet_len()); return 0; }\n'
    )
    const sh = (program: string, args: string[]): void => {
      execFileSync(program, args, { cwd: dir, env: { ...env, ...vars }, stdio: 'pipe' })
    }
    sh(vars.CC_aarch64_unknown_linux_gnu, ['-c', 'add.c', '-o', 'add.o'])
    sh(vars.CXX_aarch64_unknown_linux_gnu, ['-c', 'greet.cpp', '-o', 'greet.o'])
    sh(vars.AR_aarch64_unknown_linux_gnu, ['crs', 'libparts.a', 'add.o', 'greet.o'])
    // Link with the linker cargo would get, the way rustc drives it (a gcc driver).
    sh(vars.CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER, [
      'main.c',
      '-L.',
      '-lparts',
      '-lstdc++',
      '-o',
      'hello'
    ])
    const program = path.join(dir, 'hello')
    expect(readHeader(readFileSync(program))).toEqual({ format: 'elf', arch: 'aarch64', bits: 64 })
    expect(readHeader(readFileSync(path.join(dir, 'add.o')))).toMatchObject({ arch: 'aarch64' })
    expect(checkFile(program, TARGET)).toEqual([])
    expect(checkFile(program, 'x86_64-unknown-linux-gnu')).toEqual([
      `${program}: architecture aarch64, expected x86_64 for x86_64-unknown-linux-gnu`
    ])

    const qemu = requireTool('qemu-aarch64', env.PATH)
    const ran = spawnSync(qemu, ['-L', '/usr/aarch64-linux-gnu', program], { encoding: 'utf8' })
    expect(ran.stderr).toBe('')
    expect(ran.stdout).toBe('aarch64 says 5 5\n')
  },
  120000
)

linuxTest('the real installer finds installed packages and installs nothing', async () => {
  const lines: string[] = []
  const installed = await installPackages({
    packages: ['gcc-aarch64-linux-gnu', 'libc6-dev-arm64-cross'],
    compilers: ['aarch64-linux-gnu-gcc'],
    env,
    log: (m) => lines.push(m)
  })
  expect(installed).toEqual([])
  expect(lines).toEqual(['Already installed: gcc-aarch64-linux-gnu, libc6-dev-arm64-cross'])
})

linuxTest('your linker config wins; your own cc-rs variables are kept', async () => {
  const toolchain = await toolchainWithAarch64Std()
  const configured = memoryLogger()
  const config = '/project/.cargo/config.toml'
  const none = await prepareTargets({
    targets: [TARGET],
    crossLinker: 'auto',
    cargoArgs: [],
    cwd: os.tmpdir(),
    toolchain,
    configs: [{ path: config, data: { target: { [TARGET]: { linker: 'my-ld' } } } }],
    env,
    logger: configured
  })
  expect(none.envFor(TARGET)).toEqual({})
  expect(configured.lines).toContain(
    `${TARGET}: linker configured by you (target.${TARGET}.linker in ${config})`
  )
  expect(configured.lines.some((l) => l.includes('apt-get') || l.includes('Already'))).toBe(false)

  // The targets phase hands cargo-args' --config, parsed once for the run, to the plan.
  const args = ['--config', `target.${TARGET}.linker="my-ld"`]
  const phaseLog = memoryLogger()
  const run = {
    settings: { crossLinker: 'auto', cargoArgs: args },
    cwd: os.tmpdir(),
    toolchain,
    targets: [TARGET],
    baseEnv: env,
    logger: phaseLog,
    configs: [],
    cliConfigs: cliConfigs(args, os.tmpdir())
  } as unknown as RunContext
  const phase = await targetsPhase(run, { configs: [] } as unknown as Project)
  expect(phase.envFor(TARGET)).toEqual({})
  expect(phaseLog.lines).toContain(
    `${TARGET}: linker configured by you (target.${TARGET}.linker in --config ${args[1]})`
  )

  const kept = memoryLogger()
  const mine = { ...env, CC_aarch64_unknown_linux_gnu: 'my-cc' }
  const partial = await prepareTargets({
    targets: [TARGET],
    crossLinker: 'auto',
    cargoArgs: [],
    cwd: os.tmpdir(),
    toolchain,
    configs: [],
    env: mine,
    logger: kept
  })
  expect(partial.envFor(TARGET).CC_aarch64_unknown_linux_gnu).toBeUndefined()
  expect(partial.envFor(TARGET).CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER).toBe(
    'aarch64-linux-gnu-gcc'
  )
  expect(kept.lines).toContain(`${TARGET}: keeping your CC_aarch64_unknown_linux_gnu=my-cc`)

  const off = memoryLogger()
  const disabled = await prepareTargets({
    targets: [TARGET],
    crossLinker: 'none',
    cargoArgs: [],
    cwd: os.tmpdir(),
    toolchain,
    configs: [],
    env,
    logger: off
  })
  expect(disabled.envFor(TARGET)).toEqual({})
  expect(off.lines).toEqual([
    `${TARGET}: installed`,
    'cross-linker: none: linkers are left to your configuration.'
  ])
})
