// Validation of pgo-train, pgo-profile and benchmark, through the settings parser.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runnableHere } from '../../src/pgo/inputs.js'
import { parseSettings } from '../../src/settings.js'

const project = mkdtempSync(path.join(os.tmpdir(), 'ro-pgo-inputs-'))
writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "x"\nversion = "0.1.0"\n')
// A merged profile starts with the indexed magic; a raw one with the raw magic.
writeFileSync(path.join(project, 'good.profdata'), Buffer.from('ff6c70726f666981', 'hex'))
writeFileSync(path.join(project, 'raw.profraw'), Buffer.from('ff6c70726f667281', 'hex'))
writeFileSync(path.join(project, 'junk.profdata'), 'not a profile')

const settingsWith = (inputs: Record<string, string>) =>
  parseSettings((name) => inputs[name] ?? '', project)

const HOST = `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-unknown-linux-gnu`
const FOREIGN = process.arch === 'arm64' ? 'x86_64-unknown-linux-gnu' : 'aarch64-unknown-linux-gnu'

describe('PGO inputs', () => {
  it('are off by default', () => {
    expect(settingsWith({})).toMatchObject({ pgo: null, benchmark: [] })
  })

  it('parse training and benchmark lines like POSIX shell words', () => {
    const s = settingsWith({
      'pgo-train': 'app --input "data set/a.txt"\n\napp --fast',
      benchmark: "app 'x y'"
    })
    expect(s.pgo).toEqual({
      kind: 'train',
      lines: [
        { text: 'app --input "data set/a.txt"', argv: ['app', '--input', 'data set/a.txt'] },
        { text: 'app --fast', argv: ['app', '--fast'] }
      ]
    })
    expect(s.benchmark).toEqual([{ text: "app 'x y'", argv: ['app', 'x y'] }])
    expect(() => settingsWith({ benchmark: 'app "x' })).toThrow(
      /^Input 'benchmark' has an invalid value "app \\"x": expected command lines/
    )
  })

  it('resolve pgo-profile against working-directory', () => {
    expect(settingsWith({ 'pgo-profile': 'good.profdata' }).pgo).toEqual({
      kind: 'profile',
      path: path.join(project, 'good.profdata')
    })
  })

  it('refuse a missing profile, a raw or corrupt one, and both inputs at once', () => {
    expect(() => settingsWith({ 'pgo-profile': 'gone.profdata' })).toThrow(
      `Input 'pgo-profile' has an invalid value "gone.profdata": expected the path of a merged .profdata (for example the pgo-profile output of an earlier run); ${path.join(project, 'gone.profdata')} does not exist`
    )
    for (const file of ['raw.profraw', 'junk.profdata'])
      expect(() => settingsWith({ 'pgo-profile': file })).toThrow(
        /^Input 'pgo-profile' .* is not a merged profile .*invalid instrumentation profile data/
      )
    expect(() => settingsWith({ 'pgo-profile': 'good.profdata', 'pgo-train': 'app' })).toThrow(
      /^Input 'pgo-profile' .*set either 'pgo-train' .* or 'pgo-profile' .*, not both/
    )
  })

  it('refuse training for a target this runner cannot execute, naming it', () => {
    expect(settingsWith({ 'pgo-train': 'app', targets: HOST }).pgo?.kind).toBe('train')
    expect(() => settingsWith({ 'pgo-train': 'app', targets: `${HOST} ${FOREIGN}` })).toThrow(
      new RegExp(
        `^Input 'pgo-train' has an invalid value "app": .*cannot execute target '${FOREIGN}'`
      )
    )
    // A profile is only read by the compiler: any target may use one.
    expect(settingsWith({ 'pgo-profile': 'good.profdata', targets: FOREIGN }).pgo?.kind).toBe(
      'profile'
    )
  })

  it('know which targets a machine runs', () => {
    expect(runnableHere('x86_64-unknown-linux-gnu', 'x64', 'linux')).toBe(true)
    expect(runnableHere('x86_64-unknown-linux-musl', 'x64', 'linux')).toBe(true)
    expect(runnableHere('aarch64-unknown-linux-gnu', 'x64', 'linux')).toBe(false)
    expect(runnableHere('aarch64-apple-darwin', 'arm64', 'darwin')).toBe(true)
    expect(runnableHere('x86_64-pc-windows-msvc', 'x64', 'win32')).toBe(true)
    expect(runnableHere('x86_64-pc-windows-msvc', 'x64', 'linux')).toBe(false)
    expect(runnableHere('wasm32-unknown-unknown', 'x64', 'linux')).toBe(false)
  })
})
