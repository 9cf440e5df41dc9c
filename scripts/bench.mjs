// `npm run bench`: what the action costs on top of cargo, measured side by side in one run.
// Plain `cargo build` with the very settings the action applies is interleaved with the action
// (the CLI, which runs the same pipeline), and medians of several runs are compared, both for a
// fresh build and for an up-to-date one (where only the action's own work remains).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cleanEnv, median, plainEnvFrom, ROOT, RUNS, timed } from './bench-common.mjs'
import { benchStartup } from './bench-startup.mjs'

const CLI = path.join(ROOT, 'dist', 'cli.js')

export async function benchOverhead() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-'))
  cpSync(path.join(ROOT, 'examples', 'hello'), dir, { recursive: true })
  const env = cleanEnv()
  const host = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))[1].trim()
  const cliArgs = [
    CLI,
    '--preset',
    'speed',
    '--sccache',
    'false',
    '--baseline',
    'none',
    '--comment',
    'false',
    '--json'
  ]
  const first = JSON.parse(timed(process.execPath, cliArgs, { cwd: dir, env }).stdout)
  const plainEnv = plainEnvFrom(first, host)
  const cargoArgs = ['build', '--profile', 'release', '--target', host, '--message-format=json']

  const fresh = { action: [], plain: [] }
  const upToDate = { action: [], plain: [] }
  for (let i = 0; i < RUNS; i++) {
    rmSync(path.join(dir, 'target'), { recursive: true, force: true })
    fresh.plain.push(timed('cargo', cargoArgs, { cwd: dir, env: plainEnv }).ms)
    upToDate.plain.push(timed('cargo', cargoArgs, { cwd: dir, env: plainEnv }).ms)
    rmSync(path.join(dir, 'target'), { recursive: true, force: true })
    fresh.action.push(timed(process.execPath, cliArgs, { cwd: dir, env }).ms)
    upToDate.action.push(timed(process.execPath, cliArgs, { cwd: dir, env }).ms)
  }
  const row = (label, m) => {
    const a = median(m.action)
    const p = median(m.plain)
    return `${label.padEnd(22)} cargo ${p.toFixed(0).padStart(6)} ms   action ${a.toFixed(0).padStart(6)} ms   overhead ${(a - p).toFixed(0).padStart(5)} ms   ratio ${(a / p).toFixed(2)}x`
  }
  console.log(
    `Action overhead over plain cargo (examples/hello, preset speed, ${RUNS} interleaved runs, medians)`
  )
  console.log(row('fresh build', fresh))
  console.log(row('up-to-date build', upToDate))
  console.log(
    '  (up-to-date: cargo does almost nothing, so the overhead is the action itself: probes, metadata, hashing, report)'
  )
  rmSync(dir, { recursive: true, force: true })
}

if (process.env.BENCH_ONLY !== 'startup') await benchOverhead()
await benchStartup(process.env.BENCH_DIST)
if (process.env.BENCH_ONLY === 'startup') process.exit(0)
const cacheBench = path.join(ROOT, 'scripts', 'bench-cache.mjs')
if (existsSync(cacheBench)) {
  const { benchCache } = await import(cacheBench)
  await benchCache()
}
const warmBench = path.join(ROOT, 'scripts', 'bench-warm.mjs')
if (existsSync(warmBench)) {
  const { benchWarm } = await import(warmBench)
  await benchWarm()
}
const { benchTune } = await import(path.join(ROOT, 'scripts', 'bench-tune.mjs'))
await benchTune()
const { benchBreakdown } = await import(path.join(ROOT, 'scripts', 'bench-breakdown.mjs'))
await benchBreakdown()
const pgoBench = path.join(ROOT, 'scripts', 'bench-pgo.mjs')
if (existsSync(pgoBench)) {
  const { benchPgo } = await import(pgoBench)
  await benchPgo()
}
