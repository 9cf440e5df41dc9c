// Which candidate profiles `tune` builds, and what each means for cargo. Pure.
import { PRESETS, autoTargetCpu, type PresetName, type ProfileValues } from '../cargo/presets.js'
import {
  planProfile,
  type MergeOptions,
  type ProfilePlan,
  type UserProfile
} from '../cargo/profile.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'

/** `as-set`: target-cpu as the inputs and preset choose it; `on`/`off`: forced either way. */
export type CpuChoice = 'as-set' | 'on' | 'off'

export interface CandidateSpec {
  name: string
  /** Profile keys applied like preset keys: the user's own keys stay unless respect-user-profile is false. */
  keys: ProfileValues
  cpu: CpuChoice
  /** The user's profile untouched: no preset, no overrides, no target-cpu (the `speed` control). */
  control?: true
  /** A merged `.profdata` to build with (`-Cprofile-use`): the PGO candidate. */
  pgoProfile?: string
  /** The `pgo-train` lines that made `pgoProfile`, when this run trained it. */
  pgoTrain?: string[]
}

/** The preset as the inputs ask for it (a candidate of both modes; PGO trains on it). */
export const PRESET_SPEC: Readonly<CandidateSpec> = { name: 'preset', keys: {}, cpu: 'as-set' }

/**
 * The PGO candidate of `tune: speed`: the preset built with a merged profile. Whoever trains
 * (the training before the candidates, with `pgo-train`; or the `pgo-profile` input) hands over
 * the path, and the training lines when this run trained; the candidate is built and timed like
 * every other.
 */
export function pgoCandidate(profdata: string, trainedWith?: string[]): CandidateSpec {
  return {
    ...PRESET_SPEC,
    name: 'preset with PGO',
    pgoProfile: profdata,
    ...(trainedWith === undefined ? {} : { pgoTrain: trainedWith })
  }
}

/** A candidate as cargo will see it. */
export interface Candidate {
  name: string
  spec: CandidateSpec
  plan: ProfilePlan
  flags: RustflagsPlan[]
}

/**
 * `tune: size`: the preset, then one change at a time of what is known to matter for size:
 * opt-level s and z, the other LTO mode, the other codegen-units extreme, and the preset without
 * its target-cpu (only while `target-cpu` is `auto`). A size tune never raises the CPU floor
 * above what the settings give: no candidate adds a target-cpu the shipped build would not have
 * had, so a binary chosen for a few bytes still runs on every CPU it ran on. At most 6.
 * Panic and strip stay as the preset has them; nothing that changes behaviour or security
 * (such as a static relocation model, which gives up ASLR) is ever a candidate.
 */
export function sizeCandidates(preset: PresetName, cpuVaries: boolean): CandidateSpec[] {
  const p = PRESETS[preset]
  const specs: CandidateSpec[] = [{ ...PRESET_SPEC }]
  for (const level of ['s', 'z'])
    if (p.profile['opt-level'] !== level)
      specs.push({ name: `opt-level "${level}"`, keys: { 'opt-level': level }, cpu: 'as-set' })
  const lto = p.profile.lto === 'fat' ? 'thin' : 'fat'
  specs.push({ name: `${lto} LTO`, keys: { lto }, cpu: 'as-set' })
  const units = p.profile['codegen-units'] === 1 ? 16 : 1
  specs.push({ name: `codegen-units ${units}`, keys: { 'codegen-units': units }, cpu: 'as-set' })
  // Never a CPU above what the settings give: that binary would not run on older CPUs.
  if (cpuVaries && p.cpuTable !== null)
    specs.push({ name: 'without target-cpu', keys: {}, cpu: 'off' })
  return specs.slice(0, 6)
}

/**
 * `tune: speed`: the user's own profile (the control), the preset, the preset without
 * target-cpu (while `target-cpu` is `auto`), and the preset with the other LTO mode.
 */
export function speedCandidates(preset: PresetName, cpuVaries: boolean): CandidateSpec[] {
  const p = PRESETS[preset]
  const specs: CandidateSpec[] = [
    { name: 'your profile', keys: {}, cpu: 'off', control: true },
    { ...PRESET_SPEC }
  ]
  if (cpuVaries && p.cpuTable !== null)
    specs.push({ name: 'preset without target-cpu', keys: {}, cpu: 'off' })
  const lto = p.profile.lto === 'thin' ? 'fat' : 'thin'
  specs.push({ name: `preset with ${lto} LTO`, keys: { lto }, cpu: 'as-set' })
  return specs
}

/** The CPU of `on`: the preset's own `auto` column, or the default column for presets without one. */
export function cpuWhenOn(preset: PresetName, triple: string): string | null {
  return autoTargetCpu(PRESETS[preset].cpuTable === null ? 'speed' : preset, triple)
}

export interface RealizeContext {
  user: UserProfile
  /** The merge options of the preset as the inputs ask for it. */
  merge: MergeOptions
  triples: string[]
  /**
   * The rustflags plan of a target with the given CPU (null: none) and flags of the candidate's
   * own; includes the `rustflags` input.
   */
  rustflags: (triple: string, cpu: string | null, own: string[]) => RustflagsPlan
  /** The CPU the inputs and preset choose for a target (target-cpu `as-set`). */
  cpuAsSet: (triple: string) => string | null
}

export function realize(spec: CandidateSpec, ctx: RealizeContext): Candidate {
  const { profile, forced, forcedNote } = ctx.merge
  const merge: MergeOptions = spec.control
    ? { profile, preset: 'none', overrides: {}, respectUserProfile: true, forced, forcedNote }
    : { ...ctx.merge, extra: { ...ctx.merge.extra, ...spec.keys } }
  const cpu = (triple: string): string | null =>
    spec.cpu === 'off'
      ? null
      : spec.cpu === 'on'
        ? cpuWhenOn(ctx.merge.preset, triple)
        : ctx.cpuAsSet(triple)
  const own = spec.pgoProfile === undefined ? [] : [`-Cprofile-use=${spec.pgoProfile}`]
  return {
    name: spec.name,
    spec,
    plan: planProfile(ctx.user, merge),
    flags: ctx.triples.map((t) => ctx.rustflags(t, cpu(t), own))
  }
}

/** What cargo receives from a candidate: equal fingerprints build the same thing. */
export function fingerprint(c: Candidate): string {
  const sorted = (o: Record<string, string>): string[] =>
    Object.entries(o)
      .map(([k, v]) => `${k}=${v}`)
      .sort()
  return JSON.stringify([sorted(c.plan.env), c.flags.map((f) => sorted(f.env))])
}

/**
 * Turns specs into candidates and drops those that would build exactly what an earlier one
 * builds (a key the user fixed, a CPU the user's own rustflags choose). Returns the dropped
 * names with the candidate they duplicate.
 */
export function realizeCandidates(
  specs: CandidateSpec[],
  ctx: RealizeContext
): { candidates: Candidate[]; dropped: { name: string; sameAs: string }[] } {
  const candidates: Candidate[] = []
  const dropped: { name: string; sameAs: string }[] = []
  for (const spec of specs) {
    const c = realize(spec, ctx)
    const twin = candidates.find((o) => fingerprint(o) === fingerprint(c))
    if (twin === undefined) candidates.push(c)
    else dropped.push({ name: c.name, sameAs: twin.name })
  }
  return { candidates, dropped }
}

/** The profile keys a candidate changes (the `profile` field of the `tune` output). */
export function changedKeys(c: Candidate): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  for (const [key, e] of Object.entries(c.plan.effective))
    if (e.source === 'preset' || e.source === 'override') out[key] = e.value
  return out
}
