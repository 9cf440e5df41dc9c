// windows-gnu on a Windows runner, through the targets phase: MinGW-w64 is taken from PATH, and a
// missing one fails before any target is added. (The phase's decisions depend on the host triple;
// the runner's PATH is a directory of this test.)
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../../src/logger.js'
import { prepareTargets } from '../../src/toolchain/cross.js'
import type { Toolchain } from '../../src/toolchain/toolchain.js'

const TARGET = 'x86_64-pc-windows-gnu'

function logger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    annotate: () => undefined,
    group: (_, fn) => fn()
  }
}

/** A Windows toolchain without rustup whose sysroot holds `withStd`'s standard libraries. */
function windowsToolchain(withStd: string[]): Toolchain {
  const sysroot = mkdtempSync(path.join(os.tmpdir(), 'ro-win-sysroot-'))
  for (const triple of withStd) {
    const lib = path.join(sysroot, 'lib', 'rustlib', triple, 'lib')
    mkdirSync(lib, { recursive: true })
    writeFileSync(path.join(lib, 'libcore-0123456789abcdef.rlib'), '')
  }
  return {
    env: {},
    host: 'x86_64-pc-windows-msvc',
    release: '1.95.0',
    versionText: 'rustc 1.95.0',
    source: 'test',
    rustup: false,
    sysroot,
    fileTargets: []
  }
}

function pathWith(programs: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-win-path-'))
  for (const p of programs) {
    writeFileSync(path.join(dir, p), '#!/bin/sh\nexit 0\n')
    chmodSync(path.join(dir, p), 0o755)
  }
  return dir
}

const prepare = (toolchain: Toolchain, PATH: string, log = logger()) =>
  prepareTargets({
    targets: [TARGET],
    crossLinker: 'auto',
    cargoArgs: [],
    cwd: os.tmpdir(),
    toolchain,
    configs: [],
    env: { PATH },
    logger: log
  })

test('MinGW-w64 on PATH links windows-gnu; nothing is installed', async () => {
  const log = logger()
  const setup = await prepare(windowsToolchain([TARGET]), pathWith(['x86_64-w64-mingw32-gcc']), log)
  expect(setup.envFor(TARGET)).toEqual({
    CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER: 'x86_64-w64-mingw32-gcc',
    CC_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-gcc',
    CXX_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-g++',
    AR_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-gcc-ar'
  })
  expect(setup.notes[0]).toBe(
    '`x86_64-pc-windows-gnu`: cross toolchain found on PATH (linker `x86_64-w64-mingw32-gcc`).'
  )
  expect(log.lines.join('\n')).not.toMatch(/apt-get|dpkg|Installed/)
})

test('without MinGW-w64 the step fails first, naming the compiler, before targets are added', async () => {
  // The sysroot has no windows-gnu std either: that error would come from adding the target.
  const error = prepare(windowsToolchain([]), pathWith(['gcc']))
  await expect(error).rejects.toThrow(
    /^x86_64-pc-windows-gnu links with MinGW-w64's x86_64-w64-mingw32-gcc, which is not on PATH\. .*C:\\mingw64\\bin/
  )
  await expect(error).rejects.not.toThrow(/standard library/)
})
