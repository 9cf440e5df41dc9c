// Profile resolution and merge, case by case: precedence of sources, values read from the
// environment, and when the preset's strip and panic apply.
import {
  planProfile,
  profileOutput,
  resolveUserProfile,
  type MergeOptions,
  type ProfileSource,
  type UserProfile
} from '../../src/cargo/profile.js'

const src = (label: string, profiles: ProfileSource['profiles'], cli = false): ProfileSource =>
  cli ? { label, profiles, cli } : { label, profiles }

describe('resolveUserProfile', () => {
  test('config files: the later in the list wins, whatever the earlier says', () => {
    const sources = [
      src('Cargo.toml', { release: { lto: 'thin', 'opt-level': 2 } }),
      src('/home/.cargo/config.toml', { release: { lto: 'fat' } }),
      src('/p/.cargo/config.toml', { release: { lto: false } })
    ]
    expect(resolveUserProfile('release', sources, {}).settings).toEqual({
      lto: { value: false, origin: '/p/.cargo/config.toml [profile.release]' },
      'opt-level': { value: 2, origin: 'Cargo.toml [profile.release]' }
    })
    const reversed = [sources[2], sources[1], sources[0]]
    expect(resolveUserProfile('release', reversed, {}).settings.lto?.value).toBe('thin')
  })

  test('a numeric opt-level from the environment is a number; s and z stay words', () => {
    const env = (v: string) => ({ CARGO_PROFILE_RELEASE_OPT_LEVEL: v })
    const read = (v: string) => resolveUserProfile('release', [], env(v)).settings['opt-level']
    expect(read('3')).toEqual({ value: 3, origin: 'env CARGO_PROFILE_RELEASE_OPT_LEVEL' })
    expect(read('0')?.value).toBe(0)
    expect(read('z')?.value).toBe('z')
    expect(read('')).toBeUndefined()
    expect(
      resolveUserProfile('release', [], { CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '4' }).settings[
        'codegen-units'
      ]
    ).toEqual({ value: 4, origin: 'env CARGO_PROFILE_RELEASE_CODEGEN_UNITS' })
  })

  test('env beats files; --config beats env; the chain reads parents for keys the child lacks', () => {
    const sources = [
      src('Cargo.toml', {
        release: { lto: 'thin', panic: 'abort' },
        dist: { inherits: 'release' }
      }),
      src('--config', { release: { panic: 'unwind' } }, true)
    ]
    const env = { CARGO_PROFILE_RELEASE_LTO: 'fat', CARGO_PROFILE_RELEASE_PANIC: 'abort' }
    const r = resolveUserProfile('dist', sources, env)
    expect(r.chain).toEqual(['dist', 'release'])
    expect(r.settings).toEqual({
      lto: { value: 'fat', origin: 'env CARGO_PROFILE_RELEASE_LTO' },
      panic: { value: 'unwind', origin: '--config [profile.release]', cli: true }
    })
  })

  test('built-in parents, cycles and missing profiles', () => {
    expect(resolveUserProfile('bench', [], {}).chain).toEqual(['bench', 'release'])
    expect(resolveUserProfile('test', [], {}).chain).toEqual(['test', 'dev'])
    expect(resolveUserProfile('dev', [], {}).chain).toEqual(['dev'])
    const cyclic = [src('Cargo.toml', { a: { inherits: 'b' }, b: { inherits: 'a' } })]
    expect(() => resolveUserProfile('a', cyclic, {})).toThrow(
      "Profile 'a' has an inherits cycle: a → b → a"
    )
    expect(() => resolveUserProfile('c', [src('Cargo.toml', { c: {} })], {})).toThrow(
      `Input 'profile' names the custom profile "c", but [profile.c] has no 'inherits' key; cargo requires one`
    )
    expect(() => resolveUserProfile('toString', [], {})).toThrow(
      `Input 'profile' has the value "toString", but no [profile.toString] exists`
    )
  })
})

describe('planProfile', () => {
  const options: MergeOptions = {
    profile: 'release',
    preset: 'speed',
    overrides: {},
    respectUserProfile: true
  }
  const user = (settings: UserProfile['settings'], chain = ['release']): UserProfile => ({
    chain,
    settings
  })

  test.each([
    ['0', true],
    [0, true],
    [false, true],
    ['none', true],
    [1, false],
    [true, false],
    ['line-tables-only', false]
  ])("the user's debug = %p: the preset's strip applies: %p", (debug, applied) => {
    const plan = planProfile(user({ debug: { value: debug, origin: 'Cargo.toml' } }), options)
    expect(plan.env.CARGO_PROFILE_RELEASE_STRIP === 'symbols').toBe(applied)
    expect(plan.effective.strip).toEqual(
      applied ? { value: 'symbols', source: 'preset' } : { value: 'none', source: 'default' }
    )
    expect(plan.skipped.some((s) => s.key === 'strip')).toBe(!applied)
  })

  test('an override of debug decides strip too; the user strip is kept when skipped', () => {
    const plan = planProfile(user({ strip: { value: 'debuginfo', origin: 'x' } }), {
      ...options,
      respectUserProfile: false,
      overrides: { debug: 2 }
    })
    expect(plan.effective.debug).toEqual({ value: 2, source: 'override' })
    expect(plan.effective.strip).toEqual({ value: 'debuginfo', source: 'user', note: 'x' })
    expect(plan.skipped).toEqual([
      { key: 'strip', preset: 'symbols', reason: 'your profile enables debug info' }
    ])
    expect(plan.env).toEqual({
      CARGO_PROFILE_RELEASE_DEBUG: '2',
      CARGO_PROFILE_RELEASE_OPT_LEVEL: '3',
      CARGO_PROFILE_RELEASE_LTO: 'fat',
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
      CARGO_PROFILE_RELEASE_PANIC: 'abort'
    })
  })

  test.each([
    ['speed', {}, true],
    ['quick', {}, false],
    ['quick', { panic: 'abort' }, true],
    ['speed', { panic: 'unwind' }, false]
  ] as const)(
    'preset %s with overrides %j: panic=abort applied %p',
    (preset, overrides, applied) => {
      expect(planProfile(user({}), { ...options, preset, overrides }).panicAbortApplied).toBe(
        applied
      )
    }
  )

  test("a user's own panic = abort is not the action's doing", () => {
    const plan = planProfile(user({ panic: { value: 'abort', origin: 'Cargo.toml' } }), {
      ...options,
      preset: 'quick'
    })
    expect(plan.panicAbortApplied).toBe(false)
    expect(plan.effective.panic).toEqual({ value: 'abort', source: 'user', note: 'Cargo.toml' })
  })

  test('defaults follow the root of the chain; split-debuginfo only when set', () => {
    const dev = planProfile(user({}, ['fast', 'dev']), { ...options, preset: 'none' })
    expect(profileOutput(dev)).toEqual({
      'opt-level': { value: 0, source: 'default' },
      lto: { value: false, source: 'default' },
      'codegen-units': { value: 256, source: 'default' },
      panic: { value: 'unwind', source: 'default' },
      strip: { value: 'none', source: 'default' },
      debug: { value: true, source: 'default' },
      'debug-assertions': { value: true, source: 'default' },
      'overflow-checks': { value: true, source: 'default' },
      incremental: { value: true, source: 'default' },
      rpath: { value: false, source: 'default' }
    })
    expect(dev.env).toEqual({})
    const release = planProfile(user({}), { ...options, preset: 'none' })
    expect(profileOutput(release)).toMatchObject({
      'opt-level': { value: 3, source: 'default' },
      'codegen-units': { value: 16, source: 'default' },
      debug: { value: false, source: 'default' },
      'debug-assertions': { value: false, source: 'default' },
      'overflow-checks': { value: false, source: 'default' },
      incremental: { value: false, source: 'default' }
    })
  })

  test('forced and extra keys: forced beats the user, only an override beats forced', () => {
    const plan = planProfile(
      user({
        strip: { value: 'symbols', origin: 'Cargo.toml' },
        lto: { value: 'thin', origin: 'u' }
      }),
      {
        ...options,
        preset: 'none',
        extra: { 'split-debuginfo': 'packed' },
        forced: { strip: 'none', debug: true },
        forcedNote: 'why',
        overrides: { debug: 1 }
      }
    )
    expect(plan.effective.strip).toEqual({ value: 'none', source: 'preset', note: 'why' })
    expect(plan.effective.debug).toEqual({ value: 1, source: 'override' })
    expect(plan.effective['split-debuginfo']).toEqual({ value: 'packed', source: 'preset' })
    expect(plan.effective.lto).toEqual({ value: 'thin', source: 'user', note: 'u' })
    expect(plan.env).toEqual({
      CARGO_PROFILE_RELEASE_STRIP: 'none',
      CARGO_PROFILE_RELEASE_DEBUG: '1',
      CARGO_PROFILE_RELEASE_SPLIT_DEBUGINFO: 'packed'
    })
  })

  test('--config keys: kept, and named in skipped only when the action wanted another value', () => {
    const cli = (value: string | number) => ({ value, origin: '--config', cli: true })
    const plan = planProfile(user({ lto: cli('fat'), 'opt-level': cli(2) }), {
      ...options,
      respectUserProfile: false
    })
    expect(plan.skipped).toEqual([
      { key: 'opt-level', preset: 3, reason: 'set by you with --config' }
    ])
    expect(plan.env.CARGO_PROFILE_RELEASE_LTO).toBeUndefined()
    expect(plan.env.CARGO_PROFILE_RELEASE_OPT_LEVEL).toBeUndefined()
  })
})
