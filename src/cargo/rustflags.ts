// Where the action's rustflags go so that no user flag is lost (cargo-facts §2.4). Pure.
import type { Env } from '../env.js'
import { autoTargetCpu, type PresetName } from './presets.js'
import type { TargetCpu } from './target-cpu.js'
import { targetEnvName } from '../toolchain/triples.js'

/** The rustflags source cargo uses for a target, when no env source overrides config. */
export type ConfigSource = 'build' | 'target'

export type Placement =
  'CARGO_ENCODED_RUSTFLAGS' | 'RUSTFLAGS' | 'CARGO_BUILD_RUSTFLAGS' | 'CARGO_TARGET_RUSTFLAGS'

export interface RustflagsPlan {
  triple: string
  /** Flags the action adds (the `rustflags` output for this target). */
  added: string[]
  /** The CPU added, or null (none wanted, or the user's own target-cpu/feature wins). */
  cpu: string | null
  /** Why no CPU was added, when one was wanted. */
  cpuSkipped: string | null
  /** The source cargo reads the user's flags from, where the action's flags were added. */
  placement: Placement
  /** Variables for the cargo process environment (empty when nothing is added). */
  env: Record<string, string>
  /** The user's flags for this target, as far as known. */
  userFlags: string[]
}

/** Whether flags already choose a CPU or target features. */
export function setsCpu(flags: string[]): boolean {
  return flags.some((f) => /target-(cpu|feature)=/.test(f))
}

export function wantedCpu(targetCpu: TargetCpu, preset: PresetName, triple: string): string | null {
  switch (targetCpu.mode) {
    case 'none':
      return null
    case 'cpu':
      return targetCpu.cpu
    case 'map': {
      // A line may say `triple=none` or `triple=auto`, like the single-value forms.
      const cpu = targetCpu.perTarget[triple]
      if (cpu === 'none') return null
      return cpu === undefined || cpu === 'auto' ? autoTargetCpu(preset, triple) : cpu
    }
    default:
      return autoTargetCpu(preset, triple)
  }
}

/** Whether `auto` decides the CPU of `triple` (the input is `auto`, or a map that defers to it). */
export function usesAuto(targetCpu: TargetCpu, triple: string): boolean {
  if (targetCpu.mode === 'auto') return true
  if (targetCpu.mode !== 'map') return false
  const cpu = targetCpu.perTarget[triple]
  return cpu === undefined || cpu === 'auto'
}

const SEP = '\x1f'
const words = (s: string | undefined): string[] => (s ?? '').split(/\s+/).filter((w) => w !== '')

export interface PlanInput {
  triple: string
  env: Env
  /** From the cargo probe: which config source is active (used when no env source is set). */
  configSource: ConfigSource
  /** The user's flags from config files as cargo resolved them, when the probe could read them. */
  configFlags: string[] | null
  cpu: string | null
  extra: string[]
}

export function planRustflags(input: PlanInput): RustflagsPlan {
  const { env, triple } = input
  let placement: Placement
  let userFlags: string[]
  if (env.CARGO_ENCODED_RUSTFLAGS !== undefined) {
    placement = 'CARGO_ENCODED_RUSTFLAGS'
    userFlags = env.CARGO_ENCODED_RUSTFLAGS === '' ? [] : env.CARGO_ENCODED_RUSTFLAGS.split(SEP)
  } else if (env.RUSTFLAGS !== undefined) {
    placement = 'RUSTFLAGS'
    userFlags = words(env.RUSTFLAGS)
  } else if (input.configSource === 'target') {
    placement = 'CARGO_TARGET_RUSTFLAGS'
    userFlags = input.configFlags ?? words(env[targetEnvName(triple, 'RUSTFLAGS')])
  } else {
    placement = 'CARGO_BUILD_RUSTFLAGS'
    userFlags = input.configFlags ?? words(env.CARGO_BUILD_RUSTFLAGS)
  }

  let cpu = input.cpu
  let cpuSkipped: string | null = null
  if (cpu !== null && setsCpu([...userFlags, ...input.extra])) {
    cpuSkipped = `your rustflags already set ${[...userFlags, ...input.extra].find((f) => /target-(cpu|feature)=/.test(f))}`
    cpu = null
  }
  const added = [...(cpu !== null ? ['-C', `target-cpu=${cpu}`] : []), ...input.extra]
  const result: Record<string, string> = {}
  if (added.length > 0) {
    switch (placement) {
      case 'CARGO_ENCODED_RUSTFLAGS':
      case 'RUSTFLAGS':
        // Encoded flags win over RUSTFLAGS and keep flags with spaces intact.
        result.CARGO_ENCODED_RUSTFLAGS = [...userFlags, ...added].join(SEP)
        break
      case 'CARGO_TARGET_RUSTFLAGS': {
        const name = targetEnvName(triple, 'RUSTFLAGS')
        result[name] = [...words(env[name]), ...added].join(' ')
        break
      }
      default:
        result.CARGO_BUILD_RUSTFLAGS = [...words(env.CARGO_BUILD_RUSTFLAGS), ...added].join(' ')
    }
  }
  return { triple, added, cpu, cpuSkipped, placement, env: result, userFlags }
}
