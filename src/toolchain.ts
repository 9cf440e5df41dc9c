// The Rust toolchain the run uses: which one, its host triple and version line.
import { output } from './exec.js'

export interface Toolchain {
  /** Variables that select the toolchain for every cargo and rustc call of the run. */
  env: Record<string, string>
  host: string
  release: string
  /** `rustc -vV`, for the log and the report. */
  versionText: string
}

/** Parses `rustc -vV`. Pure. */
export function parseRustcVersion(text: string): { host: string; release: string } {
  const field = (name: string): string => {
    const match = new RegExp(`^${name}: (.+)$`, 'm').exec(text)
    if (match === null) throw new Error(`Unexpected 'rustc -vV' output (no ${name}):\n${text}`)
    return match[1].trim()
  }
  return { host: field('host'), release: field('release') }
}

export async function resolveToolchain(
  toolchain: string | null,
  cwd: string,
  env: Record<string, string | undefined>
): Promise<Toolchain> {
  const selected: Record<string, string> = toolchain === null ? {} : { RUSTUP_TOOLCHAIN: toolchain }
  const versionText = (await output('rustc', ['-vV'], { cwd, env: { ...env, ...selected } })).trim()
  return { env: selected, ...parseRustcVersion(versionText), versionText }
}
