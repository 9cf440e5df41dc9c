import { PRESET_NAMES } from '../../src/cargo/presets.js'
import type { UserProfile } from '../../src/cargo/profile.js'
import { planRustflags } from '../../src/cargo/rustflags.js'
import {
  pgoCandidate,
  changedKeys,
  realize,
  realizeCandidates,
  sizeCandidates,
  speedCandidates,
  type RealizeContext
} from '../../src/tune/candidates.js'
import {
  lineNotes,
  pinInputs,
  tuneOutput,
  tuneSection,
  type TuneOutcome
} from '../../src/tune/evidence.js'
import { decideSpeed } from '../../src/tune/stats.js'

const T = 'x86_64-unknown-linux-gnu'

function context(user: UserProfile['settings'], respectUserProfile = true): RealizeContext {
  return {
    user: { chain: ['release'], settings: user },
    merge: { profile: 'release', preset: 'size', overrides: {}, respectUserProfile },
    triples: [T],
    rustflags: (triple, cpu, own) =>
      planRustflags({ triple, env: {}, configSource: 'build', configFlags: [], cpu, extra: own }),
    cpuAsSet: () => null
  }
}

describe('size candidates', () => {
  it('are at most 6 for every preset, never touch panic or strip, never give up ASLR', () => {
    for (const preset of PRESET_NAMES) {
      const specs = sizeCandidates(preset, true)
      expect(specs.length).toBeLessThanOrEqual(6)
      expect(specs[0]).toEqual({ name: 'preset', keys: {}, cpu: 'as-set' })
      for (const s of specs) {
        expect(Object.keys(s.keys)).not.toContain('panic')
        expect(Object.keys(s.keys)).not.toContain('strip')
        expect(JSON.stringify(s)).not.toMatch(/relocation-model/)
      }
    }
    expect(sizeCandidates('size', true).map((s) => s.name)).toEqual([
      'preset',
      'opt-level "s"',
      'thin LTO',
      'codegen-units 16'
    ])
    expect(sizeCandidates('speed', true).map((s) => s.name)).toEqual([
      'preset',
      'opt-level "s"',
      'opt-level "z"',
      'thin LTO',
      'codegen-units 16',
      'without target-cpu'
    ])
    // A size tune never adds a target-cpu: at most it drops the preset's own.
    for (const preset of ['size', 'speed', 'balanced', 'quick', 'lambda', 'none'] as const)
      for (const varies of [true, false])
        expect(sizeCandidates(preset, varies).map((s) => s.cpu)).not.toContain('on')
    expect(sizeCandidates('speed', false).map((s) => s.name)).not.toContain('without target-cpu')
  })

  it("keep the user's keys fixed and drop candidates that would build the same", () => {
    const user = { lto: { value: false, origin: 'Cargo.toml [profile.release]' } }
    const { candidates, dropped } = realizeCandidates(sizeCandidates('size', true), context(user))
    expect(candidates.map((c) => c.name)).toEqual(['preset', 'opt-level "s"', 'codegen-units 16'])
    expect(dropped).toEqual([{ name: 'thin LTO', sameAs: 'preset' }])
    for (const c of candidates)
      expect(c.plan.effective.lto).toMatchObject({ value: false, source: 'user' })
    for (const c of candidates) expect(c.flags[0].added.join(' ')).not.toMatch(/target-cpu/)
    // With a preset that has one, its target-cpu is kept, or dropped: never another one added.
    const speed = realizeCandidates(sizeCandidates('speed', true), {
      ...context(user),
      cpuAsSet: () => 'x86-64-v3'
    }).candidates
    expect(speed.map((c) => c.flags[0].added.join(' '))).toEqual([
      ...speed.slice(0, -1).map(() => '-C target-cpu=x86-64-v3'),
      ''
    ])
    expect(changedKeys(candidates[1])).toMatchObject({ 'opt-level': 's', panic: 'abort' })
  })

  it('vary the user keys too with respect-user-profile: false', () => {
    const user = { lto: { value: false, origin: 'Cargo.toml [profile.release]' } }
    const { candidates } = realizeCandidates(sizeCandidates('size', true), context(user, false))
    expect(candidates.find((c) => c.name === 'thin LTO')?.plan.env).toMatchObject({
      CARGO_PROFILE_RELEASE_LTO: 'thin'
    })
  })
})

describe('speed candidates', () => {
  it("start with the user's profile untouched as the control", () => {
    const specs = speedCandidates('speed', true)
    expect(specs.map((s) => s.name)).toEqual([
      'your profile',
      'preset',
      'preset without target-cpu',
      'preset with thin LTO'
    ])
    const ctx = { ...context({}), cpuAsSet: () => 'x86-64-v3' }
    ctx.merge = { ...ctx.merge, preset: 'speed' }
    const { candidates } = realizeCandidates(specs, ctx)
    expect(candidates[0].plan.env).toEqual({})
    expect(candidates[0].flags[0].added).toEqual([])
    expect(candidates[1].flags[0].added).toEqual(['-C', 'target-cpu=x86-64-v3'])
    expect(candidates[2].flags[0].added).toEqual([])
    expect(candidates[3].plan.env.CARGO_PROFILE_RELEASE_LTO).toBe('thin')
  })
})

describe('keys forced for debug-symbols', () => {
  it('reach every candidate, the control included', () => {
    const ctx = context({})
    ctx.merge = { ...ctx.merge, forced: { strip: 'none' }, forcedNote: 'split afterwards' }
    const control = realize(speedCandidates('size', true)[0], ctx)
    expect(control.plan.env).toEqual({ CARGO_PROFILE_RELEASE_STRIP: 'none' })
    expect(control.plan.effective.strip).toMatchObject({ value: 'none', note: 'split afterwards' })
    expect(realize(sizeCandidates('size', true)[1], ctx).plan.env).toMatchObject({
      CARGO_PROFILE_RELEASE_STRIP: 'none',
      CARGO_PROFILE_RELEASE_OPT_LEVEL: 's'
    })
  })
})

describe('the PGO candidate', () => {
  it('is the preset built with the merged profile, and its pin names the profile', () => {
    const ctx = { ...context({}), cpuAsSet: () => 'x86-64-v3' }
    ctx.merge = { ...ctx.merge, preset: 'speed' }
    const specs = [...speedCandidates('speed', true), pgoCandidate('/tmp/merged.profdata')]
    const { candidates } = realizeCandidates(specs, ctx)
    const pgo = candidates.find((c) => c.name === 'preset with PGO')!
    expect(pgo.flags[0].added).toEqual([
      '-C',
      'target-cpu=x86-64-v3',
      '-Cprofile-use=/tmp/merged.profdata'
    ])
    expect(pgo.plan.env).toEqual(candidates[1].plan.env)
    expect(pinInputs(pgo, 'speed', {})).toEqual([
      'preset: speed',
      'pgo-profile: /tmp/merged.profdata',
      'target-cpu: x86-64-v3',
      'tune: none'
    ])
  })

  it('trained in this run, pins the training, not the temporary profile', () => {
    const ctx = { ...context({}), cpuAsSet: () => null }
    const spec = pgoCandidate('/runner/temp/merged.profdata', ['app a', "app 'b c'"])
    const pgo = realize(spec, ctx)
    expect(pgo.flags[0].added).toEqual(['-Cprofile-use=/runner/temp/merged.profdata'])
    expect(pinInputs(pgo, 'size', {})).toEqual([
      'preset: size',
      'pgo-train: |',
      '  app a',
      "  app 'b c'",
      'target-cpu: none',
      'tune: none'
    ])
  })
})

describe('evidence', () => {
  const ctx = { ...context({}), cpuAsSet: () => 'x86-64-v3' }
  ctx.merge = { ...ctx.merge, preset: 'speed' }
  const { candidates } = realizeCandidates(speedCandidates('speed', true), ctx)
  const rounds = [0.25, 0.26, 0.24, 0.25, 0.27, 0.25]
  // The second candidate's run of round 2 (0.42, 5% off its usual time where the others agree
  // within 1%) is set aside as outlying: its ratio is 0.402, not 0.405.
  const ratios = [
    [1, 1, 1, 1, 1, 1],
    [0.4, 0.42, 0.41, 0.39, 0.4, 0.41],
    [1.02, 0.97, 1.01, 0.99, 1.03, 0.98],
    [0.45, 0.44, 0.46, 0.45, 0.44, 0.45]
  ]
  const timings = Object.fromEntries(
    candidates.map((c, i) => [c.name, rounds.map((t, r) => t * ratios[i][r])])
  )
  const outcome = (t: Record<string, number[]>): TuneOutcome => {
    const decision = decideSpeed(t, 'your profile')
    return {
      mode: 'speed',
      measured: candidates.map((c, i) => ({
        candidate: c,
        size: 1000 - i,
        buildSeconds: 2,
        time: 0.1
      })),
      winner: candidates.find((c) => c.name === decision.winner)!,
      decision,
      clock: 'cpu',
      notes: []
    }
  }

  it('lists every candidate in the tune output and marks the winner', () => {
    const out = JSON.parse(tuneOutput(outcome(timings)))
    expect(out.map((c: { name: string; chosen: boolean }) => [c.name, c.chosen])).toEqual([
      ['your profile', false],
      ['preset', true],
      ['preset without target-cpu', false],
      ['preset with thin LTO', false]
    ])
    expect(out[1]).toMatchObject({
      profile: { 'opt-level': 3, lto: 'fat' },
      rustflags: { [T]: ['-C', 'target-cpu=x86-64-v3'] },
      size: 999,
      time: 0.1
    })
    // The evidence of the decision, per candidate; none for the control.
    expect(out[1].gain).toBeCloseTo(0.598, 3)
    expect(out[1].gainLow).toBeLessThan(out[1].gain)
    expect(out[1].gainHigh).toBeGreaterThan(out[1].gain)
    expect(out[1].p).toBeLessThan(0.05)
    expect(out[0]).not.toHaveProperty('gain')
  })

  it('shows the margin and the inputs that pin the winner', () => {
    const text = tuneSection(outcome(timings), 'speed', {}).join('\n')
    expect(text).toMatch(/Shipped \*\*preset\*\*: 0\.402× the cpu time of your profile/)
    expect(text).toContain('```yaml\npreset: speed\ntarget-cpu: x86-64-v3\ntune: none\n```')
    expect(text).toMatch(/\| your profile \| \(none\) \| \(none\) \|/)
  })

  it('ships the control and says no candidate beat the minimum gain when nothing beats it', () => {
    const noise = Object.fromEntries(
      candidates.map((c, i) => [
        c.name,
        rounds.map((t, r) => t * (i === 0 ? 1 : ratios[2][(r + i) % 6]))
      ])
    )
    const o = outcome(noise)
    expect(o.winner.name).toBe('your profile')
    const text = tuneSection(o, 'speed', { panic: 'unwind' }).join('\n')
    expect(text).toMatch(
      /Shipped \*\*your profile\*\* \(the control\): over \d+ rounds no candidate was faster by more than the minimum gain \(1\.0%\) with 95% confidence for the whole family of candidates\./
    )
    expect(text).toContain('tune-min-gain (1.0%)')
    expect(text).toContain('```yaml\npreset: none\ntarget-cpu: none\ntune: none\n```')
  })

  it('writes the whole section, speed and size, line by line', () => {
    const o = outcome(timings)
    expect(tuneSection(o, 'speed', { panic: 'unwind' })).toEqual([
      '### Tuning (`tune: speed`)',
      '',
      '| candidate | profile keys | rustflags | size | median cpu time | vs your profile (95% interval) | build time |',
      '|---|---|---|--:|--:|--:|--:|',
      '| your profile | (none) | (none) | 1000 B | 0.100 s | 1 (control) | 2.0 s |',
      '| ✅ **preset** | `debug=false opt-level=3 lto="fat" codegen-units=1 panic="abort" strip="symbols"` | `-C target-cpu=x86-64-v3` | 999 B | 0.100 s | 0.402× (0.392–0.412); gain 59.8% (58.8%–60.8%), detectable ≥ 7.4% | 2.0 s |',
      '| preset without target-cpu | `debug=false opt-level=3 lto="fat" codegen-units=1 panic="abort" strip="symbols"` | (none) | 998 B | 0.100 s | 1.000× (0.975–1.025); gain 0.0% (-2.5%–2.5%), detectable ≥ 6.5% | 2.0 s |',
      '| preset with thin LTO | `debug=false opt-level=3 lto="thin" codegen-units=1 panic="abort" strip="symbols"` | `-C target-cpu=x86-64-v3` | 997 B | 0.100 s | 0.448× (0.440–0.456); gain 55.2% (54.4%–56.0%), detectable ≥ 4.9% | 2.0 s |',
      '',
      'Shipped **preset**: 0.402× the cpu time of your profile (over 6 rounds, 95% interval 0.392–0.412), 59.8% faster; it beat the minimum gain (1.0%) at the look of round 6.',
      '',
      'Tuning built 4 candidates in 8.0 s.',
      'Rule: a candidate ships only if it is faster than your profile by more than tune-min-gain (1.0%) with 95% confidence for the whole family: a t test of the per-round log time ratios once runs more than 5 robust standard deviations off their round and candidate are set aside, Holm\'s procedure across candidates, the 5% spent over fixed looks (rounds 10, 20, 30); rounds ran interleaved, the control twice a round, in a seeded shuffled order, after a warm-up. "detectable" is the smallest gain these rounds could have shown.',
      '',
      'To build this winner without tuning, set these inputs:',
      '',
      '```yaml',
      'preset: speed',
      'overrides: |',
      '  panic = "unwind"',
      'target-cpu: x86-64-v3',
      'tune: none',
      '```',
      ''
    ])
    const size: TuneOutcome = {
      ...o,
      mode: 'size',
      decision: null,
      winner: candidates[2],
      notes: ['a note']
    }
    expect(tuneSection(size, 'speed', {})).toEqual([
      '### Tuning (`tune: size`)',
      '',
      '| candidate | profile keys | rustflags | size | vs preset | build time |',
      '|---|---|---|--:|--:|--:|',
      '| your profile | (none) | (none) | 1000 B | +0.1% | 2.0 s |',
      '| preset | `debug=false opt-level=3 lto="fat" codegen-units=1 panic="abort" strip="symbols"` | `-C target-cpu=x86-64-v3` | 999 B | 0.0% | 2.0 s |',
      '| ✅ **preset without target-cpu** | `debug=false opt-level=3 lto="fat" codegen-units=1 panic="abort" strip="symbols"` | (none) | 998 B | -0.1% | 2.0 s |',
      '| preset with thin LTO | `debug=false opt-level=3 lto="thin" codegen-units=1 panic="abort" strip="symbols"` | `-C target-cpu=x86-64-v3` | 997 B | -0.2% | 2.0 s |',
      '',
      'Shipped **preset without target-cpu**: 1 B (-0.1%) smaller than the preset.',
      '',
      'Tuning built 4 candidates in 8.0 s.',
      '- a note',
      '',
      'To build this winner without tuning, set these inputs:',
      '',
      '```yaml',
      'preset: speed',
      'target-cpu: none',
      'tune: none',
      '```',
      ''
    ])
    // A size tune's output has no timing evidence.
    expect(JSON.parse(tuneOutput(size))[2]).toEqual({
      name: 'preset without target-cpu',
      profile: {
        debug: false,
        'opt-level': 3,
        lto: 'fat',
        'codegen-units': 1,
        panic: 'abort',
        strip: 'symbols'
      },
      rustflags: { [T]: [] },
      size: 998,
      chosen: true
    })
  })

  it('calls out a benchmark line the winner made slower, line by line', () => {
    const lines = [
      { text: 'app search foo', argv: ['app', 'search', 'foo'] },
      { text: 'app search \\w+Error', argv: ['app', 'search', '\\w+Error'] }
    ]
    const ctl = [1, 1.02, 0.98, 1, 1.01, 0.99]
    const perLine = [
      { control: ctl, pgo: ctl.map((t) => t * 0.8) },
      { control: ctl, pgo: ctl.map((t) => t * 1.18) }
    ]
    expect(lineNotes(lines, perLine, 'control', 'pgo')).toEqual([
      '`app search foo`: 0.800× (0.800–0.800) the time of control',
      '⚠️ slower on `app search \\w+Error`: 1.180× (1.180–1.180) the time of control'
    ])
    expect(lineNotes(lines.slice(0, 1), perLine.slice(0, 1), 'control', 'pgo')).toEqual([])
    expect(lineNotes(lines, perLine, 'control', 'control')).toEqual([])
  })
})
