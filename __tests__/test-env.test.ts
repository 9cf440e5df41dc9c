// The environment tests start from (scripts/test-env.mjs, applied by Jest's global setup).
import os from 'node:os'
import { DEAD_DIST_SERVER, LEAKS, scrubTestEnv } from '../scripts/test-env.mjs'

test('the caller shell leaks nothing into a test: tokens, runner files, cargo and sccache settings, proxies', () => {
  const env = scrubTestEnv(
    {
      PATH: '/usr/bin',
      GITHUB_TOKEN: 'ghp_x',
      GITHUB_OUTPUT: '/tmp/out',
      RUNNER_TEMP: '/tmp/r',
      CARGO_HOME: '/home/u/.cargo',
      CARGO_TERM_COLOR: 'always',
      RUSTFLAGS: '-C target-cpu=native',
      RUSTC_WRAPPER: 'sccache',
      RUSTUP_TOOLCHAIN: 'nightly',
      RUSTUP_HOME: '/opt/rustup',
      SCCACHE_REDIS: 'redis://x',
      XDG_CACHE_HOME: '/c',
      https_proxy: 'http://p',
      HTTPS_PROXY: 'http://p',
      HOME: '/somewhere/else',
      CI: 'true'
    },
    os.tmpdir()
  )
  expect(Object.keys(env).sort()).toEqual(
    [
      'CARGO_HOME',
      'CI',
      'HOME',
      'PATH',
      'RUSTUP_DIST_SERVER',
      'RUSTUP_HOME',
      'RUSTUP_UPDATE_ROOT'
    ].sort()
  )
  expect(env.RUSTUP_HOME).toBe('/opt/rustup') // where the machine's toolchains are, kept
  expect(env.HOME).toBe(os.userInfo().homedir)
  expect(env.CARGO_HOME).not.toBe('/home/u/.cargo')
  expect(env.RUSTUP_DIST_SERVER).toBe(DEAD_DIST_SERVER)
})

test('this test process started from the scrubbed environment', () => {
  const leaked = Object.keys(process.env).filter(
    (name) => LEAKS.test(name) && !['HOME', 'CARGO_HOME'].includes(name)
  )
  expect(leaked.filter((name) => !name.startsWith('RUSTUP_'))).toEqual([])
  expect(process.env.RUSTUP_DIST_SERVER).toBe(DEAD_DIST_SERVER)
})
