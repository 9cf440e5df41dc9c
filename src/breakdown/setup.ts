// size-breakdown before the build: the link-map wrapper installed in the target directory.
import path from 'node:path'
import { run } from '../exec.js'
import type { Logger } from '../logger.js'
import { configuredWrapper, installWrapper, mapsTarget, wrapperEnv, type Env } from './wrapper.js'

export interface BreakdownSetup {
  /** Variables to add to a build's environment (none when the breakdown is off). */
  envFor: (env: Env) => Record<string, string>
}

export async function prepareBreakdown(o: {
  enabled: boolean
  targets: string[]
  /** The environment rustc runs in (to check that the wrapper runs). */
  env: Env
  project: { targetDirectory: string; configs: { path: string; data: Record<string, unknown> }[] }
  logger: Logger
}): Promise<BreakdownSetup> {
  const off: BreakdownSetup = { envFor: () => ({}) }
  // The wrapper starts with a `#!` line naming node, which Windows does not run; the maps are
  // read for Linux targets only.
  if (!o.enabled || process.platform === 'win32' || !o.targets.some(mapsTarget)) return off
  const configured = configuredWrapper(o.project.configs)
  if (configured !== null) {
    o.logger.warning(
      `size-breakdown: your cargo config sets ${configured}; the breakdown, which needs a compiler wrapper of its own, is left out.`
    )
    return off
  }
  try {
    const wrapper = await installWrapper(
      path.join(o.project.targetDirectory, 'rust-optimize'),
      process.execPath
    )
    // A target directory on a noexec mount would fail every rustc call: check once.
    const check = await run(wrapper, ['rustc', '-vV'], { env: o.env })
    if (check.code !== 0) {
      o.logger.warning(
        `size-breakdown: the link-map wrapper ${wrapper} does not run (${check.stderr.trim().split('\n').pop() ?? `exit ${check.code}`}); the breakdown is left out.`
      )
      return off
    }
    return { envFor: (env) => wrapperEnv(wrapper, env) }
  } catch (error) {
    o.logger.warning(
      `size-breakdown: cannot write or run the link-map wrapper, the breakdown is left out: ${(error as Error).message}`
    )
    return off
  }
}
