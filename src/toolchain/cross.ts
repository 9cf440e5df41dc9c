// The targets phase: standard libraries for every target, then the C cross toolchains that
// `cross-linker: auto` provides. Returns the variables each target's cargo process gets.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { cfgSet } from '../cargo/cfg-expr.js'
import { installPackages } from './cross-linker-install.js'
import { planCrossLinker, type CrossPlan } from './cross-linker-plan.js'
import { run } from '../exec.js'
import type { Logger } from '../logger.js'
import type { RetryOptions } from './rustup.js'
import { buildsStd, ensureTargets } from './targets.js'
import type { Toolchain } from './toolchain.js'
import type { ConfigFile } from '../cargo/project.js'

import { findOnPath, type Env } from '../env.js'

export interface TargetSetup {
  /** Variables for the cargo process of one target (never one the user already set). */
  envFor: (triple: string) => Record<string, string>
  plans: CrossPlan[]
  /** Lines for the report. */
  notes: string[]
}

function hasCfgLinker(configs: ConfigFile[]): boolean {
  return configs.some((c) =>
    Object.entries((c.data.target ?? {}) as Record<string, unknown>).some(
      ([k, v]) => k.startsWith('cfg(') && typeof v === 'object' && v !== null && 'linker' in v
    )
  )
}

export interface PrepareTargetsOptions {
  targets: string[]
  crossLinker: 'auto' | 'none'
  /** For `-Zbuild-std`, which builds the standard library instead of installing it. */
  cargoArgs: string[]
  cwd: string
  toolchain: Toolchain
  /** Every cargo config that applies, `--config` values of cargo-args last (see cliConfigs). */
  configs: ConfigFile[]
  env: Env
  logger: Logger
  retry?: RetryOptions
}

/** The cross-linker plan of every target; asks rustc for a target's cfg only when a config needs it. */
async function planTargets(options: PrepareTargetsOptions): Promise<CrossPlan[]> {
  const { toolchain, env, configs } = options
  const toolEnv = { ...env, ...toolchain.env }
  const needCfg = hasCfgLinker(configs)
  const exe = toolchain.host.includes('windows') ? '.exe' : ''
  const lld = path.join(
    toolchain.sysroot,
    'lib',
    'rustlib',
    toolchain.host,
    'bin',
    `rust-lld${exe}`
  )
  const plans: CrossPlan[] = []
  for (const target of options.targets) {
    let cfg: Set<string> | null = null
    if (needCfg) {
      const printed = await run('rustc', ['--print', 'cfg', '--target', target], {
        cwd: options.cwd,
        env: toolEnv
      })
      cfg = printed.code === 0 ? cfgSet(printed.stdout.split('\n')) : null
    }
    plans.push(
      planCrossLinker({
        target,
        host: toolchain.host,
        env,
        configs,
        cfg,
        rustLld: existsSync(lld) ? lld : null
      })
    )
  }
  return plans
}

/** The variables of every set-up plan (the user's own win), with log lines and report notes. */
function applyPlans(
  plans: CrossPlan[],
  env: Env,
  logger: Logger
): { perTarget: Map<string, Record<string, string>>; notes: string[] } {
  const notes: string[] = []
  const perTarget = new Map<string, Record<string, string>>()
  for (const plan of plans) {
    if (plan.action !== 'setup') {
      if (plan.action === 'none') logger.info(`${plan.target}: ${plan.reason}`)
      continue
    }
    if (plan.compiler !== null && findOnPath(plan.compiler, env) === null) {
      throw new Error(
        `${plan.target}: ${plan.compiler} is not on PATH after installing ${plan.packages.join(', ')}. Configure your own linker and set 'cross-linker: none'.`
      )
    }
    const vars: Record<string, string> = {}
    for (const [name, value] of Object.entries(plan.env)) {
      if (env[name] !== undefined && env[name] !== '') {
        logger.info(`${plan.target}: keeping your ${name}=${env[name]}`)
      } else vars[name] = value
    }
    perTarget.set(plan.target, vars)
    const shown = Object.entries(vars).map(([k, v]) => `${k}=${v}`)
    logger.info(`${plan.target}: ${shown.join(' ')}`)
    for (const note of plan.notes) logger.info(note)
    const linker = vars[Object.keys(vars).find((k) => k.endsWith('_LINKER')) ?? ''] ?? null
    const how = plan.missing === undefined ? 'set up by the action' : 'found on PATH'
    notes.push(
      `\`${plan.target}\`: cross toolchain ${how}${linker === null ? '' : ` (linker \`${path.basename(linker)}\`)`}.`,
      ...plan.notes
    )
  }
  return { perTarget, notes }
}

export async function prepareTargets(options: PrepareTargetsOptions): Promise<TargetSetup> {
  const { toolchain, logger, env } = options
  const ensure = (): Promise<string[]> =>
    ensureTargets({
      targets: options.targets,
      optional: toolchain.fileTargets,
      toolchain,
      cwd: options.cwd,
      env,
      buildStd: buildsStd(options.cargoArgs),
      log: (m) => logger.info(m),
      warn: (m) => logger.warning(m),
      retry: options.retry
    })
  if (options.crossLinker === 'none') {
    await ensure()
    logger.info('cross-linker: none: linkers are left to your configuration.')
    return { envFor: () => ({}), plans: [], notes: [] }
  }

  // Plan first: a target no linker can be provided for fails before anything is installed.
  const plans = await planTargets(options)
  const unsupported = plans.flatMap((p) => (p.action === 'unsupported' ? [p.message] : []))
  if (unsupported.length > 0) throw new Error(unsupported.join('\n'))
  // Toolchains taken from PATH as they are (MinGW-w64 on Windows): missing ones fail up front.
  const absent = plans.flatMap((p) =>
    p.action === 'setup' && p.missing !== undefined && p.compiler !== null
      ? findOnPath(p.compiler, env) === null
        ? [p.missing]
        : []
      : []
  )
  if (absent.length > 0) throw new Error(absent.join('\n'))

  await ensure()
  const setups = plans.flatMap((p) => (p.action === 'setup' ? [p] : []))
  await installPackages({
    packages: setups.flatMap((p) => p.packages),
    compilers: setups.flatMap((p) => (p.compiler === null ? [] : [p.compiler])),
    env,
    log: (m) => logger.info(m)
  })
  const { perTarget, notes } = applyPlans(plans, env, logger)
  return { envFor: (triple) => perTarget.get(triple) ?? {}, plans, notes }
}
