import type { RunOptions, RunResult } from '../../src/exec.js'
import { installPackages, type Exec } from '../../src/toolchain/cross-linker-install.js'

/** Records every process the installer starts; dpkg knows `installed`, apt fails `aptFailures` times. */
function fakeSystem(installed: string[], aptFailures = 0, hasDpkg = true) {
  const calls: string[] = []
  let failures = aptFailures
  const exec: Exec = async (program: string, args: string[], _o: RunOptions) => {
    calls.push([program, ...args].join(' '))
    const ok = (stdout = ''): RunResult => ({ code: 0, stdout, stderr: '' })
    if (program === 'dpkg-query') {
      if (!hasDpkg) throw new Error('spawn dpkg-query ENOENT')
      const pkg = args[args.length - 1]
      return installed.includes(pkg)
        ? ok('install ok installed')
        : { code: 1, stdout: '', stderr: `dpkg-query: no packages found matching ${pkg}` }
    }
    if (args.includes('install') && failures > 0) {
      failures--
      return { code: 100, stdout: '', stderr: 'E: Unable to locate package gcc-x' }
    }
    return ok()
  }
  return { calls, exec }
}

test('only missing packages are installed, with sudo when not root', async () => {
  const sys = fakeSystem(['a'])
  const lines: string[] = []
  const got = await installPackages({
    packages: ['a', 'b', 'a', 'c'],
    compilers: ['x-gcc'],
    env: {},
    log: (m) => lines.push(m),
    exec: sys.exec,
    isRoot: false
  })
  expect(got).toEqual(['b', 'c'])
  expect(sys.calls.filter((c) => !c.startsWith('dpkg-query'))).toEqual([
    'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends b c'
  ])
  expect(lines).toEqual([
    'sudo apt-get install -y -q --no-install-recommends b c',
    'Installed: b, c'
  ])
})

test('as root apt-get runs directly', async () => {
  const sys = fakeSystem([])
  await installPackages({
    packages: ['b'],
    compilers: [],
    env: {},
    log: () => undefined,
    exec: sys.exec,
    isRoot: true
  })
  expect(sys.calls).toEqual([
    'dpkg-query -W -f=${Status} b',
    'apt-get install -y -q --no-install-recommends b'
  ])
})

test('a failed install refreshes the package lists once and tries again', async () => {
  const sys = fakeSystem([], 1)
  const got = await installPackages({
    packages: ['b'],
    compilers: [],
    env: {},
    log: () => undefined,
    exec: sys.exec,
    isRoot: true
  })
  expect(got).toEqual(['b'])
  expect(sys.calls.slice(1)).toEqual([
    'apt-get install -y -q --no-install-recommends b',
    'apt-get update -q',
    'apt-get install -y -q --no-install-recommends b'
  ])
})

test('a lasting failure is an error naming the packages and the way out', async () => {
  const sys = fakeSystem([], 5)
  await expect(
    installPackages({
      packages: ['gcc-x'],
      compilers: [],
      env: {},
      log: () => undefined,
      exec: sys.exec,
      isRoot: true
    })
  ).rejects.toThrow(
    /Could not install the cross toolchain packages gcc-x with apt-get:\nE: Unable to locate package gcc-x\n.*'cross-linker: none'/
  )
})

test('nothing to do when everything is installed, or nothing is needed', async () => {
  const sys = fakeSystem(['a'])
  const lines: string[] = []
  const log = (m: string) => lines.push(m)
  expect(
    await installPackages({ packages: ['a'], compilers: [], env: {}, log, exec: sys.exec })
  ).toEqual([])
  expect(
    await installPackages({ packages: [], compilers: [], env: {}, log, exec: sys.exec })
  ).toEqual([])
  expect(lines).toEqual(['Already installed: a'])
  expect(sys.calls).toEqual(['dpkg-query -W -f=${Status} a'])
})

test('without dpkg, compilers already on PATH are used; otherwise a clear error', async () => {
  const sys = fakeSystem([], 0, false)
  const lines: string[] = []
  const env = { PATH: process.env.PATH }
  const got = await installPackages({
    packages: ['gcc-x'],
    compilers: ['node'],
    env,
    log: (m) => lines.push(m),
    exec: sys.exec
  })
  expect(got).toEqual([])
  expect(lines).toEqual(['No apt here; using node found on PATH.'])
  await expect(
    installPackages({
      packages: ['gcc-x'],
      compilers: ['surely-not-a-compiler-gcc'],
      env,
      log: () => undefined,
      exec: sys.exec
    })
  ).rejects.toThrow(
    /needs surely-not-a-compiler-gcc \(Debian\/Ubuntu packages gcc-x\), but this runner has no dpkg\/apt-get/
  )
})

test('no sudo on a non-root runner: a clear error, not a crash', async () => {
  const exec: Exec = async (program) => {
    if (program === 'dpkg-query') return { code: 1, stdout: '', stderr: '' }
    throw new Error(`spawn ${program} ENOENT`)
  }
  await expect(
    installPackages({
      packages: ['gcc-x'],
      compilers: [],
      env: {},
      log: () => undefined,
      exec,
      isRoot: false
    })
  ).rejects.toThrow(
    "cross-linker: auto must install gcc-x, but could not run sudo (spawn sudo ENOENT). Install them yourself, or configure your own linker and set 'cross-linker: none'."
  )
})
