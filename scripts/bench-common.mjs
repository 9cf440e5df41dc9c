// Helpers shared by `npm run bench`'s overhead and start-up figures.
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const RUNS = Number(process.env.BENCH_RUNS ?? 5)

export function cleanEnv() {
  const env = { ...process.env }
  for (const k of Object.keys(env)) {
    if (
      /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_|CARGO_PROFILE_|CARGO_TARGET_|RUSTC_WRAPPER|SCCACHE_|GITHUB_|INPUT_)/.test(
        k
      )
    )
      delete env[k]
  }
  return env
}

/**
 * CPU time of this process's reaped children so far, in ms (Linux: /proc/self/stat, clock ticks
 * of 10 ms), or null elsewhere. Wall-clock on a shared machine waits on other people's work; CPU
 * time is what a run itself spends.
 */
export function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10 // cutime + cstime, USER_HZ = 100
  } catch {
    return null
  }
}

export function timed(program, args, options) {
  const cpuBefore = childrenCpuMs()
  const start = process.hrtime.bigint()
  const result = spawnSync(program, args, { ...options, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed:\n${result.stderr}`)
  const cpuAfter = childrenCpuMs()
  return { ms, cpu: cpuBefore === null ? null : cpuAfter - cpuBefore, stdout: result.stdout }
}

export const mean = (xs) =>
  xs.some((x) => x === null) ? null : xs.reduce((a, b) => a + b, 0) / xs.length

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The environment a plain cargo build needs to get exactly what the action applied. */
export function plainEnvFrom(outputs, host) {
  const env = cleanEnv()
  for (const [key, entry] of Object.entries(JSON.parse(outputs.profile))) {
    if (entry.source === 'preset' || entry.source === 'override') {
      env[`CARGO_PROFILE_RELEASE_${key.toUpperCase().replace(/-/g, '_')}`] = String(entry.value)
    }
  }
  const flags = JSON.parse(outputs.rustflags)[host] ?? []
  if (flags.length > 0) env.CARGO_BUILD_RUSTFLAGS = flags.join(' ')
  return env
}
