import {
  planProfile,
  profileOutput,
  resolveUserProfile,
  type ProfileSource
} from '../../src/cargo/profile.js'

const manifest = (profiles: ProfileSource['profiles']): ProfileSource => ({
  label: 'Cargo.toml',
  profiles
})
const config = (file: string, profiles: ProfileSource['profiles']): ProfileSource => ({
  label: file,
  profiles
})

describe('resolveUserProfile', () => {
  it('takes env over config over Cargo.toml, and deeper config over outer config', () => {
    const user = resolveUserProfile(
      'release',
      [
        manifest({ release: { lto: 'thin', 'codegen-units': 4, 'opt-level': 2 } }),
        config('/home/u/.cargo/config.toml', { release: { 'opt-level': 1, panic: 'unwind' } }),
        config('/p/.cargo/config.toml', { release: { 'opt-level': 's' } })
      ],
      { CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '16' }
    )
    expect(user.chain).toEqual(['release'])
    expect(user.settings).toEqual({
      lto: { value: 'thin', origin: 'Cargo.toml [profile.release]' },
      'codegen-units': { value: 16, origin: 'env CARGO_PROFILE_RELEASE_CODEGEN_UNITS' },
      'opt-level': { value: 's', origin: '/p/.cargo/config.toml [profile.release]' },
      panic: { value: 'unwind', origin: '/home/u/.cargo/config.toml [profile.release]' }
    })
  })

  it('follows inherits for custom profiles, including inherits set in config', () => {
    const user = resolveUserProfile(
      'dist',
      [
        manifest({ release: { debug: 1 }, dist: { lto: 'thin' } }),
        config('/p/.cargo/config.toml', { dist: { inherits: 'release' } })
      ],
      { CARGO_PROFILE_DIST_STRIP: 'false' }
    )
    expect(user.chain).toEqual(['dist', 'release'])
    expect(user.settings.debug).toEqual({ value: 1, origin: 'Cargo.toml [profile.release]' })
    expect(user.settings.lto?.value).toBe('thin')
    expect(user.settings.strip).toEqual({ value: false, origin: 'env CARGO_PROFILE_DIST_STRIP' })
  })

  it('ranks --config of cargo-args above env, and takes prototype names as custom profiles', () => {
    const user = resolveUserProfile(
      'release',
      [
        manifest({ release: { lto: 'thin' } }),
        {
          label: '--config profile.release.lto="off"',
          profiles: { release: { lto: 'off' } },
          cli: true
        }
      ],
      { CARGO_PROFILE_RELEASE_LTO: 'fat' }
    )
    expect(user.settings.lto).toEqual({
      value: 'off',
      origin: '--config profile.release.lto="off" [profile.release]',
      cli: true
    })
    expect(() => resolveUserProfile('constructor', [manifest({})], {})).toThrow(
      `no [profile.constructor] exists`
    )
  })

  it('rejects a profile that does not exist, or one without inherits', () => {
    expect(() => resolveUserProfile('dist', [manifest({})], {})).toThrow(
      `Input 'profile' has the value "dist", but no [profile.dist] exists`
    )
    expect(() => resolveUserProfile('dist', [manifest({ dist: { lto: true } })], {})).toThrow(
      "[profile.dist] has no 'inherits' key"
    )
  })
})

describe('planProfile', () => {
  const none = resolveUserProfile('release', [manifest({})], {})

  it('applies every preset key through CARGO_PROFILE_<PROFILE>_<KEY> when the user set none', () => {
    const plan = planProfile(none, {
      profile: 'release',
      preset: 'speed',
      overrides: {},
      respectUserProfile: true
    })
    expect(plan.env).toEqual({
      CARGO_PROFILE_RELEASE_DEBUG: 'false',
      CARGO_PROFILE_RELEASE_OPT_LEVEL: '3',
      CARGO_PROFILE_RELEASE_LTO: 'fat',
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
      CARGO_PROFILE_RELEASE_PANIC: 'abort',
      CARGO_PROFILE_RELEASE_STRIP: 'symbols'
    })
    expect(plan.panicAbortApplied).toBe(true)
    expect(profileOutput(plan)).toEqual({
      'opt-level': { value: 3, source: 'preset' },
      lto: { value: 'fat', source: 'preset' },
      'codegen-units': { value: 1, source: 'preset' },
      panic: { value: 'abort', source: 'preset' },
      strip: { value: 'symbols', source: 'preset' },
      debug: { value: false, source: 'preset' },
      'debug-assertions': { value: false, source: 'default' },
      'overflow-checks': { value: false, source: 'default' },
      incremental: { value: false, source: 'default' },
      rpath: { value: false, source: 'default' }
    })
  })

  it('keeps user keys, lets respect-user-profile: false override them, and overrides always win', () => {
    const user = resolveUserProfile(
      'release',
      [manifest({ release: { lto: 'thin', panic: 'unwind' } })],
      {}
    )
    const kept = planProfile(user, {
      profile: 'release',
      preset: 'size',
      overrides: {},
      respectUserProfile: true
    })
    expect(kept.env.CARGO_PROFILE_RELEASE_LTO).toBeUndefined()
    expect(kept.effective.lto).toEqual({
      value: 'thin',
      source: 'user',
      note: 'Cargo.toml [profile.release]'
    })
    expect(kept.panicAbortApplied).toBe(false)
    expect(kept.skipped.map((s) => s.key)).toEqual(['lto', 'panic'])

    const forced = planProfile(user, {
      profile: 'release',
      preset: 'size',
      overrides: {},
      respectUserProfile: false
    })
    expect(forced.env.CARGO_PROFILE_RELEASE_LTO).toBe('fat')
    expect(forced.env.CARGO_PROFILE_RELEASE_OPT_LEVEL).toBe('z')

    const overridden = planProfile(user, {
      profile: 'release',
      preset: 'size',
      overrides: { lto: false, 'codegen-units': 4 },
      respectUserProfile: true
    })
    expect(overridden.env.CARGO_PROFILE_RELEASE_LTO).toBe('false')
    expect(overridden.env.CARGO_PROFILE_RELEASE_CODEGEN_UNITS).toBe('4')
    expect(overridden.effective['codegen-units']?.source).toBe('override')
  })

  it('a --config key of cargo-args beats the preset, and an override beats it with a --config of its own after cargo-args', () => {
    const user = resolveUserProfile(
      'release',
      [{ label: '--config x', profiles: { release: { lto: 'off', panic: 'unwind' } }, cli: true }],
      {}
    )
    const plan = planProfile(user, {
      profile: 'release',
      preset: 'speed',
      overrides: { panic: 'abort' },
      respectUserProfile: false
    })
    expect(plan.env.CARGO_PROFILE_RELEASE_LTO).toBeUndefined()
    expect(plan.effective.lto).toEqual({
      value: 'off',
      source: 'user',
      note: '--config x [profile.release]'
    })
    expect(plan.skipped).toEqual([
      { key: 'lto', preset: 'fat', reason: 'set by you with --config x [profile.release]' }
    ])
    expect(plan.effective.panic).toEqual({
      value: 'abort',
      source: 'override',
      note: 'replaces "unwind" from --config x [profile.release]'
    })
    expect(plan.env.CARGO_PROFILE_RELEASE_PANIC).toBe('abort')
    expect(plan.cliArgs).toEqual(['--config', 'profile.release.panic="abort"'])
    expect(plan.panicAbortApplied).toBe(true)
  })

  it('an override equal to the --config value, or over a non---config key, adds no --config', () => {
    const user = resolveUserProfile(
      'release',
      [
        { label: 'Cargo.toml', profiles: { release: { 'codegen-units': 8 } } },
        { label: '--config y', profiles: { release: { 'opt-level': 2 } }, cli: true }
      ],
      {}
    )
    const plan = planProfile(user, {
      profile: 'release',
      preset: 'none',
      overrides: { 'opt-level': 2, 'codegen-units': 1, debug: 1 },
      respectUserProfile: true
    })
    expect(plan.cliArgs).toEqual([])
    expect(plan.effective['opt-level']).toEqual({ value: 2, source: 'override' })
    expect(plan.effective['codegen-units']).toEqual({
      value: 1,
      source: 'override',
      note: 'replaces 8 from Cargo.toml [profile.release]'
    })
    expect(plan.env.CARGO_PROFILE_RELEASE_CODEGEN_UNITS).toBe('1')
  })

  it('a forced key beats a --config key, through a --config of its own (a number and a string)', () => {
    const user = resolveUserProfile(
      'bench',
      [{ label: '--config z', profiles: { release: { debug: 0, strip: 'symbols' } }, cli: true }],
      {}
    )
    const plan = planProfile(user, {
      profile: 'bench',
      preset: 'none',
      overrides: {},
      respectUserProfile: true,
      forced: { debug: 1, strip: 'none' },
      forcedNote: 'why'
    })
    expect(plan.cliArgs).toEqual([
      '--config',
      'profile.bench.debug=1',
      '--config',
      'profile.bench.strip="none"'
    ])
    expect(plan.effective.strip).toEqual({ value: 'none', source: 'preset', note: 'why' })
  })

  it('leaves strip alone when the user enabled debug', () => {
    const user = resolveUserProfile(
      'release',
      [manifest({ release: { debug: 'line-tables-only' } })],
      {}
    )
    const plan = planProfile(user, {
      profile: 'release',
      preset: 'quick',
      overrides: {},
      respectUserProfile: true
    })
    expect(plan.env.CARGO_PROFILE_RELEASE_STRIP).toBeUndefined()
    expect(plan.effective.strip).toEqual({ value: 'none', source: 'default' })
    expect(plan.skipped).toEqual([
      { key: 'strip', preset: 'symbols', reason: 'your profile enables debug info' }
    ])
  })

  it('applies to a custom profile by its own name and reports the dev defaults it inherits', () => {
    const user = resolveUserProfile('fast-dev', [manifest({ 'fast-dev': { inherits: 'dev' } })], {})
    const plan = planProfile(user, {
      profile: 'fast-dev',
      preset: 'quick',
      overrides: {},
      respectUserProfile: true
    })
    expect(plan.env).toEqual({
      CARGO_PROFILE_FAST_DEV_OPT_LEVEL: '3',
      CARGO_PROFILE_FAST_DEV_LTO: 'thin',
      CARGO_PROFILE_FAST_DEV_STRIP: 'symbols'
    })
    expect(plan.effective['debug-assertions']).toEqual({ value: true, source: 'default' })
  })

  it('sets nothing for preset none', () => {
    const plan = planProfile(none, {
      profile: 'release',
      preset: 'none',
      overrides: {},
      respectUserProfile: true
    })
    expect(plan.env).toEqual({})
    expect(plan.panicAbortApplied).toBe(false)
  })
})
