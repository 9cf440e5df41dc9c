// size-breakdown before the build: the link-map wrapper, native when the host's rustc can compile
// it (see native-wrapper.ts), else the node script, installed in the target directory.
import type { Env } from '../env.js'
import { constants } from 'node:fs'
import { access, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { run } from '../exec.js'
import { configuredBuild } from '../cargo/project.js'
import type { Logger } from '../logger.js'
import { nativeWrapper, nativeWrapperDir } from './native-wrapper.js'
import { INNER_WRAPPER, installWrapper, mapsTarget, wrapperEnv } from './wrapper.js'

export interface BreakdownSetup {
  /** Variables to add to a build's environment (none when the breakdown is off). */
  envFor: (env: Env) => Record<string, string>
}

/** The marker beside a native wrapper that ran in its place. */
const ranMarker = (file: string): string => `${file}.ran`

async function ranBefore(file: string): Promise<boolean> {
  try {
    await access(ranMarker(file))
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

async function markRan(file: string): Promise<void> {
  await writeFile(ranMarker(file), '').catch(() => undefined) // only a later run's shortcut
}

/** The wrapper that runs: the native one if it compiles and runs, else the node script. */
async function chooseWrapper(o: {
  dir: string
  rustcVersion: string
  env: Env
  logger: Logger
}): Promise<{ file: string; check: { code: number; stderr: string } }> {
  // A directory on a noexec mount would fail every rustc call: check once, with a program that
  // does nothing (the wrapper runs what it is given; rustc itself would add a tenth of a second).
  const env = { ...o.env }
  delete env[INNER_WRAPPER]
  const check = (file: string) => run(file, ['true'], { env })
  const started = Date.now()
  const native = await nativeWrapper({
    dir: nativeWrapperDir(o.dir, o.env),
    rustcVersion: o.rustcVersion,
    env: o.env
  })
  if (native.file !== null) {
    // A copy that ran here before is not started again, only checked for execute permission
    // (which a noexec mount denies too): one process fewer on every run with nothing to do.
    if (!native.compiled && (await ranBefore(native.file))) {
      o.logger.info(`size-breakdown: link-map wrapper ${native.file} (reused, ran before)`)
      return { file: native.file, check: { code: 0, stderr: '' } }
    }
    const result = await check(native.file)
    if (result.code === 0) {
      await markRan(native.file)
      const how = native.compiled ? `compiled in ${Date.now() - started} ms` : 'reused'
      o.logger.info(`size-breakdown: link-map wrapper ${native.file} (${how})`)
      return { file: native.file, check: result }
    }
    o.logger.info(`size-breakdown: the native link-map wrapper does not run; using node's`)
  } else {
    o.logger.info(`size-breakdown: no native link-map wrapper (${native.reason}); using node's`)
  }
  const file = await installWrapper(o.dir, process.execPath)
  return { file, check: await check(file) }
}

export async function prepareBreakdown(o: {
  enabled: boolean
  targets: string[]
  /** The environment rustc runs in (to compile the wrapper and check that it runs). */
  env: Env
  /** `rustc -vV` of the toolchain: the compiled wrapper is kept per compiler. */
  rustcVersion: string
  project: { targetDirectory: string; configs: { path: string; data: Record<string, unknown> }[] }
  logger: Logger
}): Promise<BreakdownSetup> {
  const off: BreakdownSetup = { envFor: () => ({}) }
  // Windows runs neither wrapper (`#!` line, exec); the maps are read for Linux targets only.
  if (!o.enabled || process.platform === 'win32' || !o.targets.some(mapsTarget)) return off
  // A `build.rustc-wrapper` of the user's, which the wrapper's RUSTC_WRAPPER would replace.
  const configured = configuredBuild(o.project.configs, 'rustc-wrapper')
  if (configured !== null) {
    o.logger.warning(
      `size-breakdown: your cargo config sets ${configured}; the breakdown, which needs a compiler wrapper of its own, is left out.`
    )
    return off
  }
  try {
    const { file, check } = await chooseWrapper({
      dir: path.join(o.project.targetDirectory, 'rust-optimize'),
      rustcVersion: o.rustcVersion,
      env: o.env,
      logger: o.logger
    })
    if (check.code !== 0) {
      o.logger.warning(
        `size-breakdown: the link-map wrapper ${file} does not run (${check.stderr.trim().split('\n').pop() ?? `exit ${check.code}`}); the breakdown is left out.`
      )
      return off
    }
    return { envFor: (env) => wrapperEnv(file, env) }
  } catch (error) {
    o.logger.warning(
      `size-breakdown: cannot write or run the link-map wrapper, the breakdown is left out: ${(error as Error).message}`
    )
    return off
  }
}

type BreakdownOptions = Parameters<typeof prepareBreakdown>[0]

/**
 * prepareBreakdown started as soon as the project is known, so that a first run compiles the
 * wrapper while other phases run; its log lines wait until the result is taken.
 */
export function prepareBreakdownEarly(
  o: Omit<BreakdownOptions, 'project'> & { project: Promise<BreakdownOptions['project']> }
): () => Promise<BreakdownSetup> {
  const held: (() => void)[] = []
  const logger: Logger = {
    ...o.logger,
    info: (m) => held.push(() => o.logger.info(m)),
    warning: (m) => held.push(() => o.logger.warning(m))
  }
  const ready = o.project.then((project) => prepareBreakdown({ ...o, project, logger }))
  ready.catch(() => undefined) // a project that cannot be read fails the run where it is awaited
  return async () => {
    const setup = await ready
    for (const line of held.splice(0)) line()
    return setup
  }
}
