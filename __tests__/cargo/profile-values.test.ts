// What each profile key accepts, and how values travel through CARGO_PROFILE_* variables.
import {
  debugEnabled,
  isProfileKey,
  parseEnvProfileValue,
  profileEnvName,
  validateProfileValue
} from '../../src/cargo/profile-values.js'
import type { ProfileKey } from '../../src/cargo/presets.js'

const ok = null

test.each([
  ['opt-level', 0, ok],
  ['opt-level', 3, ok],
  ['opt-level', 4, 'expected 0, 1, 2, 3, "s" or "z"'],
  ['opt-level', -1, 'expected 0, 1, 2, 3, "s" or "z"'],
  ['opt-level', '3', ok],
  ['opt-level', 's', ok],
  ['opt-level', 'z', ok],
  ['opt-level', 'x', 'expected 0, 1, 2, 3, "s" or "z"'],
  ['opt-level', true, 'expected 0, 1, 2, 3, "s" or "z"'],
  ['lto', true, ok],
  ['lto', false, ok],
  ['lto', 'fat', ok],
  ['lto', 'thin', ok],
  ['lto', 'off', ok],
  ['lto', 'on', 'expected true, false, "fat", "thin" or "off"'],
  ['lto', 1, 'expected true, false, "fat", "thin" or "off"'],
  ['codegen-units', 1, ok],
  ['codegen-units', 256, ok],
  ['codegen-units', 0, 'expected a whole number greater than 0'],
  ['codegen-units', 1.5, 'expected a whole number greater than 0'],
  ['codegen-units', '16', 'expected a whole number greater than 0'],
  ['panic', 'unwind', ok],
  ['panic', 'abort', ok],
  ['panic', 'crash', 'expected "unwind" or "abort"'],
  ['strip', true, ok],
  ['strip', 'none', ok],
  ['strip', 'debuginfo', ok],
  ['strip', 'symbols', ok],
  ['strip', 'all', 'expected true, false, "none", "debuginfo" or "symbols"'],
  ['strip', 0, 'expected true, false, "none", "debuginfo" or "symbols"'],
  ['debug', false, ok],
  ['debug', 0, ok],
  ['debug', 2, ok],
  [
    'debug',
    3,
    'expected true, false, 0, 1, 2, "none", "limited", "full", "line-tables-only" or "line-directives-only"'
  ],
  ['debug', 'none', ok],
  ['debug', 'limited', ok],
  ['debug', 'full', ok],
  ['debug', 'line-tables-only', ok],
  ['debug', 'line-directives-only', ok],
  [
    'debug',
    'some',
    'expected true, false, 0, 1, 2, "none", "limited", "full", "line-tables-only" or "line-directives-only"'
  ],
  ['split-debuginfo', 'off', ok],
  ['split-debuginfo', 'packed', ok],
  ['split-debuginfo', 'unpacked', ok],
  ['split-debuginfo', true, 'expected "off", "packed" or "unpacked"'],
  ['split-debuginfo', 'on', 'expected "off", "packed" or "unpacked"'],
  ['debug-assertions', true, ok],
  ['overflow-checks', false, ok],
  ['incremental', true, ok],
  ['rpath', false, ok],
  ['rpath', 'false', 'expected true or false'],
  ['inherits', true, 'expected true or false']
] as [ProfileKey, unknown, string | null][])('%s = %p: %p', (key, value, problem) => {
  expect(validateProfileValue(key, value)).toBe(problem)
})

test.each([
  [undefined, false],
  [false, false],
  [0, false],
  ['none', false],
  ['0', false],
  [true, true],
  [1, true],
  [2, true],
  ['1', true],
  ['limited', true],
  ['full', true],
  ['line-tables-only', true]
])('debug = %p turns debug info on: %p', (value, on) => {
  expect(debugEnabled(value)).toBe(on)
})

test('profile keys and their variables', () => {
  expect(isProfileKey('opt-level')).toBe(true)
  expect(isProfileKey('split-debuginfo')).toBe(true)
  expect(isProfileKey('opt_level')).toBe(false)
  expect(isProfileKey('toString')).toBe(false)
  expect(profileEnvName('release', 'opt-level')).toBe('CARGO_PROFILE_RELEASE_OPT_LEVEL')
  expect(profileEnvName('my-dist.x', 'split-debuginfo')).toBe(
    'CARGO_PROFILE_MY_DIST_X_SPLIT_DEBUGINFO'
  )
})

test.each([
  ['opt-level', '3', 3],
  ['opt-level', '0', 0],
  ['opt-level', '10', '10'],
  ['opt-level', 's', 's'],
  ['codegen-units', '16', 16],
  ['codegen-units', '1x', '1x'],
  ['debug', '0', 0],
  ['debug', 'true', true],
  ['lto', 'false', false],
  ['lto', 'thin', 'thin'],
  ['strip', 'TRUE', 'TRUE']
] as [ProfileKey, string, unknown][])(
  'CARGO_PROFILE_*_%s=%s reads back as %p',
  (key, raw, value) => {
    expect(parseEnvProfileValue(key, raw)).toBe(value)
  }
)
