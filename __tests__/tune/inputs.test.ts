import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseSettings } from '../../src/settings.js'

const project = mkdtempSync(path.join(os.tmpdir(), 'ro-tune-inputs-'))
writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "x"\nversion = "0.1.0"\n')
const settingsWith = (inputs: Record<string, string>) =>
  parseSettings((name) => inputs[name] ?? '', project)

describe('tune inputs', () => {
  it('defaults to no tuning', () => {
    expect(settingsWith({}).tune).toEqual({ mode: 'none', minGain: 0.01 })
  })

  it('reads tune-min-gain as a percentage and rejects anything else, naming it', () => {
    expect(settingsWith({ 'tune-min-gain': ' 0.5% ' }).tune.minGain).toBe(0.005)
    expect(settingsWith({ 'tune-min-gain': '2%' }).tune.minGain).toBe(0.02)
    expect(() => settingsWith({ 'tune-min-gain': '2' })).toThrow(
      `Input 'tune-min-gain' has an invalid value "2": expected a percentage of your profile's time from 0% up to (not including) 50%, such as '0.5%', '1%' or '2%'`
    )
    expect(() => settingsWith({ 'tune-min-gain': '50%' })).toThrow(/^Input 'tune-min-gain'/)
  })

  it('rejects tune: speed without benchmark, naming benchmark', () => {
    expect(() => settingsWith({ tune: 'speed' })).toThrow(
      /^Input 'benchmark' has an invalid value "": 'tune: speed' needs command lines/
    )
  })

  it('rejects an unknown mode, repeating it and listing the accepted ones', () => {
    expect(() => settingsWith({ tune: 'fast' })).toThrow(
      `Input 'tune' has an invalid value "fast": expected 'none', 'size' or 'speed'`
    )
  })

  it('splits benchmark lines like a POSIX shell, one command per line', () => {
    const s = settingsWith({
      tune: 'speed',
      benchmark: `app --input 'bench data.txt'\n\n# a comment\napp -n 3`
    })
    expect(s.benchmark).toEqual([
      { text: "app --input 'bench data.txt'", argv: ['app', '--input', 'bench data.txt'] },
      { text: 'app -n 3', argv: ['app', '-n', '3'] }
    ])
  })

  it('rejects an unterminated quote in a benchmark line', () => {
    expect(() => settingsWith({ tune: 'speed', benchmark: "app 'open" })).toThrow(
      /^Input 'benchmark' has an invalid value "app 'open": expected command lines/
    )
  })

  it('takes PGO as a speed candidate, trained in the run or from a profile; never with size', () => {
    expect(settingsWith({ tune: 'speed', benchmark: 'app', 'pgo-train': 'app train' }).pgo).toEqual(
      { kind: 'train', lines: [{ text: 'app train', argv: ['app', 'train'] }] }
    )
    expect(() => settingsWith({ tune: 'size', 'pgo-train': 'app train' })).toThrow(
      /^Input 'tune' has an invalid value "size": 'size' does not combine with 'pgo-train': PGO is a speed optimization, a candidate of 'tune: speed'.*; expected 'speed' \(the PGO build becomes a candidate\) or 'none' \(plain PGO\)$/
    )
    const profile = path.join(project, 'merged.profdata')
    writeFileSync(profile, Buffer.from('ff6c70726f666981', 'hex')) // the indexed-profile magic
    expect(() => settingsWith({ tune: 'size', 'pgo-profile': profile })).toThrow(
      /^Input 'tune' has an invalid value "size": 'size' does not combine with 'pgo-profile'/
    )
    expect(settingsWith({ tune: 'speed', benchmark: 'app', 'pgo-profile': profile }).pgo).toEqual({
      kind: 'profile',
      path: profile
    })
  })

  // Named by index: Stryker's test filter cannot match names that hold `%` or quotes.
  const minGains: [string, number | null][] = [
    ['   ', 0.01],
    ['0%', 0],
    ['12%', 0.12],
    ['1.25%', 0.0125],
    ['1 %', 0.01],
    ['49.9%', 0.499],
    ['a1%', null],
    ['1%x', null],
    ['1x%', null],
    ['-1%', null],
    ['%', null]
  ]
  it.each(minGains.map((row, i) => [i, ...row] as const))(
    'tune-min-gain case %i',
    (_, raw, want) => {
      const run = () => settingsWith({ 'tune-min-gain': raw }).tune.minGain
      if (want === null) expect(run).toThrow(`Input 'tune-min-gain' has an invalid value "${raw}"`)
      else expect(run()).toBe(want)
    }
  )

  const modes: [Record<string, string>, string][] = [
    [{ tune: '   ' }, 'none'],
    [{ tune: ' size ' }, 'size'],
    [{ tune: 'size' }, 'size'],
    [{ tune: 'size', 'pgo-profile': '   ', 'pgo-train': ' \n ' }, 'size'],
    [{ tune: '\tspeed\n', benchmark: 'app' }, 'speed']
  ]
  it.each(modes.map((row, i) => [i, ...row] as const))('tune mode case %i', (_, inputs, want) => {
    expect(settingsWith(inputs).tune).toEqual({ mode: want, minGain: 0.01 })
  })
})
