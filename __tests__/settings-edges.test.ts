// Settings at their edges: cargo-args options only when they are the whole option, target spec
// files, whitespace around paths and versions, and errors that name each boolean input.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InputError, parseOverrides, parseSettings, parseTargets } from '../src/settings.js'

const project = mkdtempSync(path.join(os.tmpdir(), 'ro-settings-edges-'))
writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "x"\nversion = "0.1.0"\n')
mkdirSync(path.join(project, 'member'), { recursive: true })
writeFileSync(path.join(project, 'member', 'Cargo.toml'), '[package]\nname = "m"\n')
writeFileSync(path.join(project, 'myos.json'), '{}')
writeFileSync(path.join(project, 'notes'), '')

const settingsWith = (inputs: Record<string, string>) =>
  parseSettings((name) => inputs[name] ?? '', project, 'push')

const message = (f: () => unknown): string => {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no error')
}

test.each(['x--profile', 'a--target=b', 'x--manifest-path=y', '-v--release'])(
  'cargo-args %s is not an option the action owns',
  (arg) => {
    expect(settingsWith({ 'cargo-args': arg }).cargoArgs).toEqual([arg])
  }
)

test('a target spec file is taken only when it exists and ends in .json', () => {
  expect(parseTargets('myos.json', project)).toEqual(['myos.json'])
  expect(message(() => parseTargets('other.json', project))).toContain(
    "'other.json' is not a target triple"
  )
  expect(message(() => parseTargets('notes', project))).toContain("'notes' is not a target triple")
  expect(message(() => parseTargets('.json', project))).toContain("'.json' is not a target triple")
})

test('manifest-path and sccache-version are read without the whitespace around them', () => {
  expect(settingsWith({ 'manifest-path': ' member/Cargo.toml\n' }).manifestPath).toBe(
    path.join(project, 'member', 'Cargo.toml')
  )
  expect(settingsWith({ 'manifest-path': '  ' }).manifestPath).toBeNull()
  expect(settingsWith({ 'sccache-version': ' v0.8.1 ' }).sccacheVersion).toBe('v0.8.1')
})

test.each([
  ['10.20.30', 'v10.20.30'],
  ['v0.8.10', 'v0.8.10'],
  ['v1.2.3-beta.1', 'v1.2.3-beta.1']
])('sccache-version %p is %p', (raw, version) => {
  expect(settingsWith({ 'sccache-version': raw }).sccacheVersion).toBe(version)
})

test.each(['xv0.8.0', 'v0.8.0x', 'v0.8', 'v.1.2', 'v1.2.3-', 'v1.2.3 beta'])(
  'sccache-version %p is refused',
  (raw) => {
    expect(message(() => settingsWith({ 'sccache-version': raw }))).toBe(
      `Input 'sccache-version' has an invalid value ${JSON.stringify(raw.trim())}: expected a release version such as 'v0.17.0'`
    )
  }
)

test.each([
  'all-features',
  'no-default-features',
  'locked',
  'respect-user-profile',
  'debug-symbols'
])('a bad %s names the input', (input) => {
  expect(message(() => settingsWith({ [input]: 'yes' }))).toBe(
    `Input '${input}' has an invalid value "yes": expected 'true' or 'false'`
  )
})

test('a bad rustflags names the input', () => {
  expect(message(() => settingsWith({ rustflags: '-C "x' }))).toMatch(
    /^Input 'rustflags' has an invalid value "-C \\"x": expected arguments split as a POSIX shell/
  )
})

test('overrides: blank is none; a TOML error is quoted by its first line', () => {
  expect(parseOverrides(' \n\t')).toEqual({})
  const text = message(() => parseOverrides('lto = \n[x'))
  const quoted = /lines \((.*)\)$/s.exec(text)?.[1] ?? ''
  expect(quoted.length).toBeGreaterThan(5)
  expect(quoted).not.toContain('\n')
})
