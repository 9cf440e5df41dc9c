// The environment every test process starts from: the caller's shell, less what would change what a
// test sees (their CARGO_HOME and its config, RUSTFLAGS, a runner's GITHUB_* and RUNNER_* files, a
// token, SCCACHE_*, proxies), with the machine's toolchains kept and rustup's download servers
// pointed at a refusing loopback port, so that no test reaches the network whatever it asks rustup
// to install. jest-global-setup.mjs applies it to the run; __tests__/support/action.ts builds
// each child's environment from it.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Variables of the caller's shell that would change what a test sees, so none reaches one. */
export const LEAKS =
  /^(INPUT_|GITHUB_|STATE_|RUNNER_|ACTIONS_|RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_|CARGO_PROFILE_|CARGO_TARGET_|CARGO_TERM_|CARGO_HOME$|CARGO_INCREMENTAL$|CARGO_NET_|RUSTC|RUSTUP_|SCCACHE_|XDG_|HOME$)|_proxy$|_PROXY$/

/** A port nothing listens on: rustup's downloads fail at once instead of reaching the network. */
export const DEAD_DIST_SERVER = 'http://127.0.0.1:9'

/**
 * Scrubs `env` in place: LEAKS removed; HOME the account's own; RUSTUP_HOME where this machine's
 * toolchains are (a fact of the machine, kept); CARGO_HOME `cargoHome`, or a new empty directory
 * under `tmp`.
 */
export function scrubTestEnv(env, tmp, cargoHome) {
  const rustupHome = env.RUSTUP_HOME ?? path.join(os.userInfo().homedir, '.rustup')
  for (const name of Object.keys(env)) if (LEAKS.test(name)) delete env[name]
  env.HOME = os.userInfo().homedir
  env.RUSTUP_HOME = rustupHome
  env.CARGO_HOME = cargoHome ?? mkdtempSync(path.join(tmp, 'ro-cargo-home-'))
  env.RUSTUP_DIST_SERVER = DEAD_DIST_SERVER
  env.RUSTUP_UPDATE_ROOT = DEAD_DIST_SERVER
  return env
}
