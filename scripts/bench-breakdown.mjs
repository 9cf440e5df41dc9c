// `npm run bench`, size-breakdown: what the per-crate attribution adds to a run, side by side.
// The CLI runs with `size-breakdown` on and off, interleaved, after a change to the bin's source
// (so the link, where the map is written, runs every time), on a ~5 MB binary (the breakdown-app
// fixture with 12000 generated functions) and on a small one (the same with 1000). A second line
// per binary: the first run in a target directory, which also compiles the native wrapper.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const CLI = path.join(ROOT, 'dist', 'cli.js')
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function cleanEnv() {
  const env = { ...process.env }
  for (const k of Object.keys(env)) {
    if (
      /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_|CARGO_PROFILE_|CARGO_TARGET_|RUSTC_WRAPPER|RUSTC_WORKSPACE_WRAPPER|SCCACHE_|GITHUB_|INPUT_)/.test(
        k
      )
    )
      delete env[k]
  }
  return env
}

function run(dir, env, breakdown) {
  const args = [CLI, '--preset', 'none', '--sccache', 'false', '--baseline', 'none']
  args.push('--comment', 'false', '--size-breakdown', String(breakdown), '--json')
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`rust-optimize failed:\n${r.stderr}`)
  const [artifact] = JSON.parse(JSON.parse(r.stdout).artifacts)
  return { ms, size: artifact.size }
}

async function benchOne(functions) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-breakdown-'))
  cpSync(path.join(ROOT, '__tests__', 'fixtures', 'breakdown-app'), dir, { recursive: true })
  const env = { ...cleanEnv(), BULK_GEN_FUNCTIONS: String(functions) }
  // Warm up: afterwards each run only recompiles and relinks the bin.
  const { size } = run(dir, env, true)
  run(dir, env, false)
  const times = { on: [], off: [] }
  const main = path.join(dir, 'app', 'src', 'main.rs')
  for (let i = 0; i < RUNS; i++) {
    for (const mode of i % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
      const t = new Date(Date.now() + i * 1000 + (mode === 'on' ? 500 : 0))
      utimesSync(main, t, t)
      times[mode].push(run(dir, env, mode === 'on').ms)
    }
  }
  // A first run also compiles the native wrapper (later runs, and runs with the same runner tool
  // cache, reuse it): runs after the wrapper is removed, interleaved with plain ones.
  const wrappers = path.join(dir, 'target', 'rust-optimize')
  const first = { on: [], off: [] }
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    for (const mode of ['on', 'off']) {
      for (const f of readdirSync(wrappers))
        if (f.startsWith('rust-optimize-rustc-wrapper')) rmSync(path.join(wrappers, f))
      const t = new Date(Date.now() + (RUNS + i) * 1000 + (mode === 'on' ? 500 : 0))
      utimesSync(main, t, t)
      first[mode].push(run(dir, env, mode === 'on').ms)
    }
  }
  rmSync(dir, { recursive: true, force: true })
  const line = (label, t) => {
    const on = median(t.on)
    const off = median(t.off)
    return `${label.padEnd(30)} off ${off.toFixed(0).padStart(6)} ms   on ${on.toFixed(0).padStart(6)} ms   adds ${(on - off).toFixed(0).padStart(5)} ms   ratio ${(on / off).toFixed(3)}x`
  }
  const mb = `${(size / 1e6).toFixed(2)} MB binary`
  return `${line(mb, times)}\n${line(`${mb}, first run`, first)}`
}

export async function benchBreakdown() {
  console.log(
    `size-breakdown on vs off (relink after a change to the bin, ${RUNS} interleaved runs, medians)`
  )
  console.log(await benchOne(12000))
  console.log(await benchOne(1000))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchBreakdown()
