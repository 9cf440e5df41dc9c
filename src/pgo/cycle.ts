// The PGO cycle: an instrumented build in a directory of the action's own, the training lines,
// and the merge. Reusable by `tune` for any candidate's settings.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { CommandFailed, commandEnv, runCommandLine, type CommandLine } from './commands.js'
import type { Env } from '../env.js'
import { instrumentFlags, profileFileEnv } from './plan.js'
import { mergeProfiles, profileStats, type Profdata, type ProfileStats } from './profdata.js'

export interface PgoCycleOptions {
  /** The `pgo-train` lines. */
  lines: CommandLine[]
  /** Where the lines run (working-directory). */
  cwd: string
  /** A directory of the action's own, outside the user's tree; emptied first, kept: the profile. */
  workDir: string
  tool: Profdata
  rustcMajor: number | null
  rustup: boolean
  /** The environment of the training commands (the instrumented artifacts go first on PATH). */
  env: Env
  /**
   * Builds the artifacts with these rustflags added (through the same placement as target-cpu)
   * into `targetDir`; resolves with the built artifacts' paths.
   */
  buildInstrumented: (flags: string[], targetDir: string) => Promise<string[]>
  log: (message: string) => void
  /** Wraps the training and merge in a log group of this name (the build has its own). */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>
}

export interface PgoCycleResult {
  /** The merged profile (`<workDir>/merged.profdata`). */
  profile: string
  /** Raw profiles merged. */
  rawProfiles: number
  /** The lines that trained, with their CPU (or wall) seconds. */
  trained: { line: string; seconds: number }[]
  stats: ProfileStats
}

export class NoRawProfiles extends Error {
  constructor(lines: CommandLine[], binDir: string) {
    super(
      `Input 'pgo-train': the commands ran (${lines.map((l) => `'${l.text}'`).join(', ')}) but no .profraw profile was written. They must run the instrumented artifacts, which are first on PATH and in RUST_OPTIMIZE_BIN_DIR (${binDir}), and those must exit normally (a process killed by a signal or ending in abort() writes no profile).`
    )
    this.name = 'NoRawProfiles'
  }
}

/** Runs the whole cycle; the instrumented build and raw profiles are removed afterwards. */
export async function runPgoCycle(o: PgoCycleOptions): Promise<PgoCycleResult> {
  const targetDir = path.join(o.workDir, 'instrumented')
  const rawDir = path.join(o.workDir, 'raw')
  const profile = path.join(o.workDir, 'merged.profdata')
  rmSync(o.workDir, { recursive: true, force: true })
  mkdirSync(rawDir, { recursive: true })
  try {
    const files = await o.buildInstrumented(instrumentFlags(rawDir), targetDir)
    if (files.length === 0) {
      throw new Error(
        "Input 'pgo-train': the build produced no artifacts (bin, cdylib, dylib, staticlib) to train"
      )
    }
    const binDir = path.dirname(files[0])
    const group = o.group ?? ((_name, fn) => fn())
    return await group('PGO: training', async () => {
      const env = commandEnv(o.env, binDir, profileFileEnv(rawDir))
      const trained: PgoCycleResult['trained'] = []
      for (const line of o.lines) {
        o.log(`$ ${line.text}`)
        const result = await runCommandLine(line, { cwd: o.cwd, env, log: (t) => o.log(`  ${t}`) })
        if (result.code !== 0) throw new CommandFailed('pgo-train', line, result)
        trained.push({ line: line.text, seconds: result.seconds })
      }
      const raws = readdirSync(rawDir).filter((f) => f.endsWith('.profraw'))
      if (raws.length === 0) throw new NoRawProfiles(o.lines, binDir)
      await mergeProfiles({
        tool: o.tool,
        rawDir,
        out: profile,
        env: o.env,
        rustcMajor: o.rustcMajor,
        rustup: o.rustup
      })
      if (!existsSync(profile)) throw new Error(`llvm-profdata wrote no ${profile}`)
      const stats = await profileStats(o.tool, profile, o.env)
      o.log(
        `PGO: merged ${raws.length} raw profile(s) from ${trained.length} training command(s) into ${profile}`
      )
      return { profile, rawProfiles: raws.length, trained, stats }
    })
  } finally {
    rmSync(targetDir, { recursive: true, force: true })
    rmSync(rawDir, { recursive: true, force: true })
  }
}
