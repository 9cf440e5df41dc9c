// The native link-map wrapper: compiled with the real rustc, it decides exactly as the node
// script does, and when it cannot be compiled the node script takes its place.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../../src/logger.js'
import {
  nativeWrapper,
  nativeWrapperDir,
  nativeWrapperName,
  nativeWrapperSource
} from '../../src/breakdown/native-wrapper.js'
import { prepareBreakdown, prepareBreakdownEarly } from '../../src/breakdown/setup.js'
import { installWrapper } from '../../src/breakdown/wrapper.js'

const tmp = (name: string): string => mkdtempSync(path.join(os.tmpdir(), `ro-native-${name}-`))
const script = (dir: string, name: string, body: string): string => {
  const file = path.join(dir, name)
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}
const rustcVersion = (): string => {
  try {
    return execFileSync('rustc', ['-vV'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('rustc is missing: run .ci/run')
  }
}

let native: string
let node: string
// A stand-in for rustc: prints each argument it gets on a line of its own.
let fake: string

beforeAll(async () => {
  const dir = tmp('wrappers')
  const built = await nativeWrapper({ dir, rustcVersion: rustcVersion(), env: process.env })
  if (built.file === null) throw new Error(`the native wrapper does not compile: ${built.reason}`)
  native = built.file
  node = await installWrapper(dir, process.execPath)
  fake = script(dir, 'fake-rustc', `printf '%s\\n' "$@"`)
}, 60_000)

function runBoth(
  args: string[],
  o: { env?: Record<string, string>; cwd?: string } = {}
): { native: string; node: string } {
  const call = (wrapper: string): string => {
    // Each wrapper in a directory of its own, so that both create the maps directory.
    const cwd = tmp('cwd')
    const r = spawnSync(wrapper, [fake, ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...o.env }
    })
    expect(r.status).toBe(0)
    const made = existsSync(path.join(cwd, 'rust-optimize-maps'))
    return `${r.stdout}${made ? '[maps directory made]' : ''}`
  }
  return { native: call(native), node: call(node) }
}

const link = ['--crate-name', 'app', '--target', 'x86_64-unknown-linux-gnu', '--out-dir', 'deps']
const bin = ['--crate-type', 'bin', ...link]

describe('the native wrapper decides as the node one', () => {
  it.each([
    [bin],
    [['--crate-type=cdylib', '--crate-type', 'rlib', ...link]],
    [['--crate-type', 'dylib,rlib', ...link]],
    [['--crate-type', 'rlib', ...link]],
    [['--crate-type', 'cdylib', '--crate-type', 'dylib', ...link]],
    [['--crate-type', 'bin', '--crate-name', 'build_script_build', '--out-dir', 'deps']],
    [
      [
        '--crate-type',
        'bin',
        '--crate-name',
        'app',
        '--target',
        'aarch64-apple-darwin',
        ...link.slice(4)
      ]
    ],
    [
      [
        '--crate-type',
        'bin',
        '--crate-name',
        'app',
        '--target=aarch64-linux-android',
        '--out-dir=x/./deps'
      ]
    ],
    [
      [
        '--crate-type',
        'bin',
        '--crate-name',
        'app',
        '--target',
        'armv7-unknown-linux-gnueabihf',
        '--out-dir',
        '../up/deps//'
      ]
    ],
    [
      [
        '--crate-type',
        'bin',
        '--crate-name',
        'app',
        '--target',
        '',
        '--target=x86_64-unknown-linux-gnu',
        '--out-dir',
        'deps'
      ]
    ],
    [['--crate-type', 'bin', '--crate-name', '', ...link.slice(2)]],
    [['--crate-type', 'bin', ...link, '--out-dir']],
    [[...bin, '-C', 'linker=rust-lld']],
    [[...bin, '-Clinker=/usr/bin/ld.lld']],
    [[...bin, '-C', 'linker=x86_64-linux-gnu-ld.exe']],
    [[...bin, '-C', 'linker=gold-wrapper']],
    [[...bin, '-C', 'linker=/opt/ld/']],
    [[...bin, '-C', 'linker=']],
    [[...bin, '-C', 'linker=mold', '-C', 'linker=clang']],
    [[...bin, '-Clinker-flavor=ld.lld']],
    [[...bin, '-C', 'linker-flavor=gnu-lld-cc']],
    [[...bin, '-C', 'linker-flavor=gcc', '-Clinker-flavor=ld']],
    [[...bin, '-C', 'linker=aarch64-linux-gnu-gcc']],
    [[...bin, '-C']],
    [['--crate-type']],
    [['-', '--crate-name', '___', '--print=file-names', '--crate-type', 'bin', ...link.slice(2)]],
    [[...bin, '--print', 'link-args']],
    [[...bin, 'with space', 'ünïcode', '']],
    [['-vV']]
  ])('%j', (args) => {
    const out = runBoth(args)
    expect(out.native).toBe(out.node)
    expect(out.native.startsWith(args.map((a) => `${a}\n`).join(''))).toBe(true)
  })

  it('adds the map to a link (the table above is not all pass-through)', () => {
    const out = runBoth(bin)
    expect(out.native).toBe(
      `${bin.join('\n')}\n-C\nlink-arg=-Wl,-Map=rust-optimize-maps/app.bin.map\n[maps directory made]`
    )
    expect(out.native).toBe(out.node)
  })

  it('runs the compiler wrapper it took over, with the same arguments', () => {
    const env = { RUST_OPTIMIZE_INNER_WRAPPER: fake }
    const out = runBoth(bin, { env })
    expect(out.native).toBe(out.node)
    expect(out.native.startsWith(`${fake}\n${bin.join('\n')}\n-C\n`)).toBe(true)
  })

  it("sends cargo's probes of rustc past an sccache behind it, and nothing else", () => {
    const dir = tmp('inner')
    const sccache = script(dir, 'sccache', 'echo sccache; exec "$@"')
    const theirs = script(dir, 'my-wrapper', 'echo mine; exec "$@"')
    const lines = (args: string[]): string => args.map((a) => `${a}\n`).join('')
    const probes = [
      ['-vV'],
      ['-', '--crate-name', '___', '--print=file-names', '--crate-type', 'bin']
    ]
    for (const args of probes) {
      const past = runBoth(args, { env: { RUST_OPTIMIZE_INNER_WRAPPER: sccache } })
      expect(past.native).toBe(lines(args))
      expect(past.node).toBe(past.native)
      // A wrapper of yours sees every call.
      const yours = runBoth(args, { env: { RUST_OPTIMIZE_INNER_WRAPPER: theirs } })
      expect(yours.native).toBe(`mine\n${lines(args)}`)
      expect(yours.node).toBe(yours.native)
    }
    // Compiles, cacheable or not, still go through sccache.
    for (const args of [['--crate-type', 'rlib', ...link], ['-vV', '--crate-type', 'rlib'], bin]) {
      const through = runBoth(args, { env: { RUST_OPTIMIZE_INNER_WRAPPER: sccache } })
      expect(through.native.startsWith(`sccache\n${lines(args)}`)).toBe(true)
      expect(through.node).toBe(through.native)
    }
  })

  it('passes on exit codes, signals, and descriptors cargo shares (its jobserver)', () => {
    const dir = tmp('exit')
    const three = script(dir, 'three', 'exit 3')
    const killed = script(dir, 'killed', 'kill -TERM $$')
    const fd = script(dir, 'fd', 'echo jobserver >&3')
    for (const wrapper of [native, node]) {
      expect(spawnSync(wrapper, [three]).status).toBe(3)
      expect(spawnSync(wrapper, [killed]).signal).toBe('SIGTERM')
      const r = spawnSync(wrapper, [fd], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, CARGO_MAKEFLAGS: '-j2 --jobserver-auth=3,3' }
      })
      expect(String(r.output[3])).toBe('jobserver\n')
      const missing = spawnSync(wrapper, [path.join(dir, 'no-such-rustc')], { encoding: 'utf8' })
      expect(missing.status).toBe(1)
      expect(missing.stderr).toMatch(/^rust-optimize wrapper: cannot run .*no-such-rustc: /)
    }
  })
})

describe('compiled once, or not at all', () => {
  const logger = (lines: string[]): Logger => ({
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    annotate: () => undefined,
    group: (_name, fn) => fn()
  })

  it('is kept per source and compiler, in the tool cache on a runner', () => {
    const a = nativeWrapperName(nativeWrapperSource(), 'rustc 1.95.0')
    expect(a).toMatch(/^rust-optimize-rustc-wrapper-[0-9a-f]{16}$/)
    expect(nativeWrapperName(nativeWrapperSource(), 'rustc 1.96.0')).not.toBe(a)
    expect(nativeWrapperName(`${nativeWrapperSource()} `, 'rustc 1.95.0')).not.toBe(a)
    expect(nativeWrapperDir('/t/rust-optimize', {})).toBe('/t/rust-optimize')
    expect(nativeWrapperDir('/t/rust-optimize', { RUNNER_TOOL_CACHE: '/tc' })).toBe(
      '/tc/rust-optimize/rustc-wrapper'
    )
  })

  it('reuses the wrapper an earlier run compiled', async () => {
    const dir = path.dirname(native)
    const again = await nativeWrapper({ dir, rustcVersion: rustcVersion(), env: process.env })
    expect(again).toEqual({ file: native, compiled: false })
  })

  it('does not start a wrapper that ran here before, unless it lost its execute permission', async () => {
    const targetDirectory = tmp('target')
    const dir = path.join(targetDirectory, 'rust-optimize')
    mkdirSync(dir)
    const version = rustcVersion()
    const file = path.join(dir, nativeWrapperName(nativeWrapperSource(), version))
    const log = path.join(targetDirectory, 'starts')
    // A stand-in under the compiled wrapper's name that notes each start, then runs its command.
    script(dir, path.basename(file), `echo started >> '${log}'\nexec "$@"`)
    const starts = (): number =>
      existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0
    const prepare = async (): Promise<{ wrapper: string | undefined; lines: string[] }> => {
      const lines: string[] = []
      const setup = await prepareBreakdown({
        enabled: true,
        targets: ['x86_64-unknown-linux-gnu'],
        env: { ...process.env, RUNNER_TOOL_CACHE: '' },
        rustcVersion: version,
        project: { targetDirectory, configs: [] },
        logger: logger(lines)
      })
      return { wrapper: setup.envFor({}).RUSTC_WRAPPER, lines }
    }
    const first = await prepare()
    expect(first).toEqual({
      wrapper: file,
      lines: [`size-breakdown: link-map wrapper ${file} (reused)`]
    })
    expect(starts()).toBe(1)
    const second = await prepare()
    expect(second).toEqual({
      wrapper: file,
      lines: [`size-breakdown: link-map wrapper ${file} (reused, ran before)`]
    })
    expect(starts()).toBe(1)
    // Not executable any more (as on a noexec mount): it is tried again, and not taken.
    chmodSync(file, 0o644)
    const third = await prepare()
    expect(third.wrapper).not.toBe(file)
    expect(starts()).toBe(1)
  })

  it('reports a compiler that is missing, and leaves nothing behind', async () => {
    const dir = tmp('missing')
    const r = await nativeWrapper({ dir, rustcVersion: 'x', env: {}, rustc: '/no/such/rustc' })
    expect(r.file).toBeNull()
    expect(readdirSync(dir)).toEqual([])
  })

  it('falls back to the node wrapper when rustc cannot compile it', async () => {
    // A rustc that answers -vV (the check that the wrapper runs) but compiles nothing.
    const bin = tmp('bin')
    script(
      bin,
      'rustc',
      'if [ "$1" = -vV ]; then echo "rustc 1.95.0"; exit 0; fi\necho "error: linker cc not found" >&2; exit 1'
    )
    const targetDirectory = tmp('target')
    const lines: string[] = []
    const setup = await prepareBreakdown({
      enabled: true,
      targets: ['x86_64-unknown-linux-gnu'],
      env: { PATH: `${bin}:/usr/bin:/bin` },
      rustcVersion: 'rustc 1.95.0',
      project: { targetDirectory, configs: [] },
      logger: logger(lines)
    })
    const wrapper = path.join(targetDirectory, 'rust-optimize', 'rust-optimize-rustc-wrapper.cjs')
    expect(setup.envFor({})).toEqual({ RUSTC_WRAPPER: wrapper })
    expect(lines).toEqual([
      "size-breakdown: no native link-map wrapper (rustc failed (exit 1): error: linker cc not found); using node's"
    ])
    // Nothing half-built is left behind.
    expect(readdirSync(path.dirname(wrapper))).toEqual(['rust-optimize-rustc-wrapper.cjs'])
  })

  it('uses the native wrapper when it compiles', async () => {
    const targetDirectory = tmp('target')
    const toolCache = tmp('tool-cache')
    mkdirSync(path.join(toolCache, 'rust-optimize'))
    const lines: string[] = []
    const setup = await prepareBreakdown({
      enabled: true,
      targets: ['x86_64-unknown-linux-gnu'],
      env: { ...process.env, RUNNER_TOOL_CACHE: toolCache },
      rustcVersion: rustcVersion(),
      project: { targetDirectory, configs: [] },
      logger: logger(lines)
    })
    const wrapper = setup.envFor({ RUSTC_WRAPPER: 'sccache' })
    expect(path.dirname(wrapper.RUSTC_WRAPPER)).toBe(
      path.join(toolCache, 'rust-optimize', 'rustc-wrapper')
    )
    expect(wrapper.RUST_OPTIMIZE_INNER_WRAPPER).toBe('sccache')
    expect(lines).toEqual([
      expect.stringMatching(/^size-breakdown: link-map wrapper .* \(compiled in \d+ ms\)$/)
    ])
  }, 60_000)

  it('starts early and logs when its result is taken', async () => {
    const targetDirectory = tmp('target')
    const lines: string[] = []
    const take = prepareBreakdownEarly({
      enabled: true,
      targets: ['x86_64-unknown-linux-gnu'],
      env: { ...process.env, RUNNER_TOOL_CACHE: '' },
      rustcVersion: rustcVersion(),
      project: Promise.resolve({ targetDirectory, configs: [] }),
      logger: logger(lines)
    })
    // The wrapper is compiled without anyone waiting for it.
    const wrappers = path.join(targetDirectory, 'rust-optimize')
    const compiled = (): boolean =>
      existsSync(wrappers) && readdirSync(wrappers).some((f) => /-[0-9a-f]{16}$/.test(f))
    for (let i = 0; i < 600 && !compiled(); i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(compiled()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(lines).toEqual([])
    const setup = await take()
    expect(setup.envFor({}).RUSTC_WRAPPER).toMatch(/rust-optimize-rustc-wrapper-[0-9a-f]{16}$/)
    expect(lines).toEqual([
      expect.stringMatching(/^size-breakdown: link-map wrapper .* \(compiled in \d+ ms\)$/)
    ])
  }, 90_000)
})
