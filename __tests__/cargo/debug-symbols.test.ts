// debug-symbols: true, end to end on the host: the shipped binary is stripped, its symbols sit in
// `<file>.debug` behind a gnu-debuglink, and gdb resolves a fixture function to its source line.
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, renameSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { runAction, type ActionRun } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import {
  binutilsObjcopy,
  elfSplitArgs,
  pdbPath,
  planDebugSymbols,
  rustObjcopyPath,
  symbolFamily
} from '../../src/cargo/debug-symbols.js'
import type { UserProfile } from '../../src/cargo/profile.js'

const T = 'x86_64-unknown-linux-gnu'

function run(project: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: project,
    inputs: {
      preset: 'quick',
      'target-cpu': 'none',
      sccache: 'false',
      baseline: 'none',
      comment: 'false',
      targets: T,
      'debug-symbols': 'true',
      ...inputs
    }
  })
}

interface OutArtifact {
  name: string
  path: string
  size: number
  sha256: string
  debugSymbols: string | null
}

const sections = (file: string): string[] =>
  execFileSync('readelf', ['-SW', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .map((l) => /^\s*\[\s*\d+\]\s+(\S+)/.exec(l)?.[1])
    .filter((s): s is string => s !== undefined)

/** gdb's answer (stdout and stderr; gdb exits non-zero when it cannot resolve the function). */
const gdbLine = (file: string): string => {
  const r = spawnSync(
    'gdb',
    ['-nx', '-batch', '-ex', 'info line report_bin::fixture_answer', file],
    {
      encoding: 'utf8'
    }
  )
  return `${r.stdout}${r.stderr}`
}

function checkSplit(result: ActionRun, symtab: boolean): OutArtifact {
  expect(result.code).toBe(0)
  const [a] = JSON.parse(result.outputs.artifacts) as OutArtifact[]
  expect(a.name).toBe('report-bin')
  expect(a.debugSymbols).toBe(`${a.path}.debug`)
  expect(existsSync(a.debugSymbols as string)).toBe(true)
  // The outputs describe the shipped (stripped) file.
  expect(a.size).toBe(statSync(a.path).size)
  expect(a.sha256).toBe(createHash('sha256').update(readFileSync(a.path)).digest('hex'))
  const shipped = sections(a.path)
  expect(shipped.filter((s) => s.startsWith('.debug'))).toEqual([])
  // strip = "symbols" (the quick preset's) removes the symbol table too; a strip the user set to
  // "debuginfo" or "none" keeps it.
  expect(shipped.includes('.symtab')).toBe(symtab)
  expect(shipped).toContain('.gnu_debuglink')
  expect(execFileSync('readelf', ['-p', '.gnu_debuglink', a.path], { encoding: 'utf8' })).toContain(
    'report-bin.debug'
  )
  expect(sections(a.debugSymbols as string)).toEqual(
    expect.arrayContaining(['.debug_info', '.debug_line', '.symtab'])
  )
  expect(gdbLine(a.path)).toMatch(/Line 3 of "src\/main\.rs" starts at address/)
  // The shipped file still runs.
  expect(execFileSync(a.path, { encoding: 'utf8' }).trim()).toMatch(/^\d+$/)
  return a
}

test('the shipped binary is stripped; gdb finds the source line through the .debug file', async () => {
  const project = copyFixture('report-bin')
  const first = await run(project)
  const a = checkSplit(first, false)
  const profile = JSON.parse(first.outputs.profile) as Record<
    string,
    { value: unknown; source: string }
  >
  expect(profile.debug).toEqual({ value: true, source: 'preset' })
  expect(profile.strip).toEqual({ value: 'none', source: 'preset' })
  expect(profile['split-debuginfo']).toEqual({ value: 'off', source: 'preset' })
  expect(first.outputs.report).toContain(
    `Debug symbols, kept out of the shipped files:\n- \`${T}/report-bin\`: \`report-bin.debug\``
  )

  // A second run on the same target directory (cargo: fresh) splits again from cargo's copy.
  const second = checkSplit(await run(project), false)
  expect(second.sha256).toBe(a.sha256)

  // Without the separate file, gdb has no line information: the symbols really moved.
  renameSync(`${a.path}.debug`, `${a.path}.moved`)
  expect(gdbLine(a.path)).toContain('Function "report_bin::fixture_answer" not defined.')
})

test("a user's own debug setting is kept", async () => {
  const project = copyFixture('report-bin')
  appendFileSync(`${project}/Cargo.toml`, '\n[profile.release]\ndebug = "limited"\n')
  const result = await run(project, { 'cargo-args': '-v' })
  // The preset's strip stays out of the link when the user enables debug info (contract), but
  // with the symbols kept beside it the shipped file is stripped to the preset's level
  // (issue 10): the symbol table moves out too.
  checkSplit(result, false)
  const profile = JSON.parse(result.outputs.profile) as Record<
    string,
    { value: unknown; source: string }
  >
  expect(profile.debug).toEqual({ value: 'limited', source: 'user' })
  expect(result.stdout).toMatch(/-C debuginfo=(1|limited) /)
})

describe('planning', () => {
  const none: UserProfile = { chain: ['release'], settings: {} }
  const merge = {
    profile: 'release',
    preset: 'speed' as const,
    overrides: {},
    respectUserProfile: true
  }
  test('ELF: debug on, linked unstripped without split debuginfo; shipped with the preset strip', () => {
    expect(planDebugSymbols(none, merge, [T, 'aarch64-unknown-linux-gnu'])).toEqual({
      forced: { debug: true, strip: 'none', 'split-debuginfo': 'off' },
      shippedStrip: 'all',
      warnings: []
    })
    expect(planDebugSymbols(none, { ...merge, preset: 'none' }, [T]).shippedStrip).toBe('debug')
  })
  test('Apple packs a dSYM; MSVC only needs debug info for its pdb', () => {
    expect(planDebugSymbols(none, merge, ['aarch64-apple-darwin']).forced).toEqual({
      debug: true,
      strip: 'none',
      'split-debuginfo': 'packed'
    })
    expect(planDebugSymbols(none, merge, ['x86_64-pc-windows-msvc']).forced).toEqual({
      debug: true
    })
  })
  test("the user's debug is never overridden; debug = false is warned about", () => {
    const off: UserProfile = {
      chain: ['release'],
      settings: { debug: { value: false, origin: 'Cargo.toml [profile.release]' } }
    }
    const p = planDebugSymbols(off, merge, [T])
    expect(p.forced).toEqual({ strip: 'none', 'split-debuginfo': 'off' })
    expect(p.warnings).toEqual([
      'debug-symbols: your profile (Cargo.toml [profile.release]) sets debug = false, so the separate symbol files hold symbol names but no source lines.'
    ])
  })
  test("the user's debug keeps the preset strip out of the link, not out of the shipped file", () => {
    const debug: UserProfile = {
      chain: ['release'],
      settings: { debug: { value: 1, origin: 'Cargo.toml [profile.release]' } }
    }
    expect(planDebugSymbols(debug, merge, [T]).shippedStrip).toBe('all')
    // A strip the user set is kept.
    const own: UserProfile = {
      chain: ['release'],
      settings: {
        debug: { value: 1, origin: 'Cargo.toml [profile.release]' },
        strip: { value: 'debuginfo', origin: 'Cargo.toml [profile.release]' }
      }
    }
    expect(planDebugSymbols(own, merge, [T]).shippedStrip).toBe('debug')
  })
  test('unsupported targets are named', () => {
    expect(planDebugSymbols(none, merge, ['wasm32-unknown-unknown']).warnings).toEqual([
      'debug-symbols: not supported for wasm32-unknown-unknown (supported: Linux and other ELF targets, Apple, Windows MSVC); its artifacts are left as built.'
    ])
  })
  test('tools and file names', () => {
    expect(elfSplitArgs('app', 'all')).toEqual({
      debugFile: 'app.debug',
      temp: 'app.rust-optimize-stripped',
      keep: ['--only-keep-debug', 'app', 'app.debug'],
      strip: [
        '--strip-all',
        '--remove-section=.debug_gdb_scripts',
        '--add-gnu-debuglink=app.debug',
        'app',
        'app.rust-optimize-stripped'
      ]
    })
    expect(
      [
        'aarch64-unknown-linux-gnu',
        'armv7-unknown-linux-gnueabihf',
        'riscv64gc-unknown-linux-gnu',
        'x86_64-apple-darwin',
        T
      ].map((t) => binutilsObjcopy(t, T))
    ).toEqual([
      'aarch64-linux-gnu-objcopy',
      'arm-linux-gnueabihf-objcopy',
      'riscv64-linux-gnu-objcopy',
      null,
      'objcopy'
    ])
    expect(pdbPath('C:/t/release/my-app.exe')).toBe('C:/t/release/my_app.pdb')
    expect(rustObjcopyPath('/r', T)).toBe(`/r/lib/rustlib/${T}/bin/rust-objcopy`)
    expect(rustObjcopyPath('/r', 'x86_64-pc-windows-msvc')).toBe(
      '/r/lib/rustlib/x86_64-pc-windows-msvc/bin/rust-objcopy.exe'
    )
    expect(
      ['x86_64-apple-darwin', 'x86_64-pc-windows-msvc', 'x86_64-pc-windows-gnu', T].map(
        symbolFamily
      )
    ).toEqual(['macho', 'msvc', 'unsupported', 'elf'])
  })
})
