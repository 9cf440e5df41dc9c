// cargo's cfg(...) config keys evaluated against a target's cfg set: a table of edge cases.
import { cfgMatches, cfgSet } from '../../src/cargo/cfg-expr.js'

const cfg = cfgSet([' unix ', '', 'target_os="linux"', 'target_arch="aarch64"', 'target_env="gnu"'])

test('the cfg set holds trimmed lines, without empty ones', () => {
  expect([...cfg]).toEqual([
    'unix',
    'target_os="linux"',
    'target_arch="aarch64"',
    'target_env="gnu"'
  ])
})

test.each([
  ['cfg(unix)', true],
  ['  cfg ( unix )  ', true],
  ['cfg(\n  unix\n)', true],
  ['cfg(linux)', false],
  ['cfg(target_os="linux")', true],
  ['cfg(target_os = "windows")', false],
  ['cfg(target_os)', false],
  ['cfg(not(unix))', false],
  ['cfg(not(windows))', true],
  ['cfg(all(unix, target_os = "linux", target_env = "gnu"))', true],
  ['cfg(all(unix, windows))', false],
  ['cfg(all(windows, unix))', false],
  ['cfg(any(windows, unix))', true],
  ['cfg(any(windows, target_os = "macos"))', false],
  ['cfg(all(any(windows, unix), not(target_env = "musl")))', true],
  ['cfg(not(all(unix, target_arch = "aarch64")))', false],
  ['cfg(all(unix,))', true],
  ['cfg(all)', false],
  ['cfg(any)', false],
  ['cfg(not)', false],
  ['cfg(all(), unix)', 'throws'],
  ['cfg(not(unix, windows))', 'throws'],
  ['cfg(not())', 'throws'],
  ['cfg(all(unix windows))', 'throws'],
  ['cfg(unix) x', 'not a key'],
  ['cfg(unix x)', 'throws'],
  ['cfg(unix,)', 'throws'],
  ['cfg(target_os = linux)', 'throws'],
  ['cfg(target_os = "linux)', 'throws'],
  ['cfg("unix")', 'throws'],
  ['cfg(unix))', 'throws'],
  ['cfg()', 'throws'],
  ['cfg(all(unix)', 'throws'],
  ['cfg(uni$x)', 'throws'],
  ['xcfg(unix)', 'not a key'],
  ['unix', 'not a key']
] as const)('%p → %p', (key, expected) => {
  if (expected === 'throws') expect(() => cfgMatches(key, cfg)).toThrow('bad cfg expression: ')
  else if (expected === 'not a key')
    expect(() => cfgMatches(key, cfg)).toThrow(`not a cfg(...) key: ${key}`)
  else expect(cfgMatches(key, cfg)).toBe(expected)
})

test('string values may hold escaped quotes and spaces', () => {
  const odd = cfgSet(['feature="a \\"b\\" c"'])
  expect(cfgMatches('cfg(feature = "a \\"b\\" c")', odd)).toBe(true)
})
