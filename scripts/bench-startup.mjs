// `npm run bench`, start-up: what the action's main and post steps add to a no-op cargo build,
// with and without size-breakdown (see docs/benchmarks.md for how it is measured).
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cleanEnv, mean, median, plainEnvFrom, ROOT, RUNS, timed } from './bench-common.mjs'

/** INPUT_* variables and runner files for one main or post step of the bundled action. */
function stepEnv(dir, inputs, state) {
  const env = cleanEnv()
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = value
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value
  for (const file of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[file] = path.join(dir, file.toLowerCase())
    writeFileSync(env[file], '')
  }
  env.GITHUB_WORKSPACE = dir
  env.RUNNER_TEMP = path.join(dir, 'runner-temp')
  return env
}

/** State a main step left for its post step (the GITHUB_STATE file, `name<<DELIM` format). */
function readState(file) {
  const out = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (m === null) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/** Bytes of what `entry` loads before it runs: the file and its static imports, transitively. */
export function staticBytes(dist, entry = 'main.js') {
  const seen = new Map()
  const visit = (file) => {
    if (seen.has(file)) return
    const text = readFileSync(file, 'utf8')
    seen.set(file, Buffer.byteLength(text))
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;()]*?["'](\.{1,2}\/[^"']+)["']/gm))
      visit(path.resolve(path.dirname(file), m[1]))
  }
  visit(path.join(dist, entry))
  const before = { bytes: [...seen.values()].reduce((a, b) => a + b, 0), files: seen.size }
  // main.js starts the toolchain probes, then imports the pipeline at its top level.
  const text = readFileSync(path.join(dist, entry), 'utf8')
  for (const m of text.matchAll(/^[^\n]*?= await import\(["'](\.{1,2}\/[^"']+)["']\)/gm))
    visit(path.resolve(dist, m[1]))
  const bytes = [...seen.values()].reduce((a, b) => a + b, 0)
  return { ...before, atStart: { bytes, files: seen.size } }
}

/** One action step setup to time: a dist/ and the inputs on top of the bench's own. */
function startupVariant(label, dist, inputs, drop) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-startup-'))
  cpSync(path.join(ROOT, 'examples', 'hello'), dir, { recursive: true })
  const step = (entry, state = {}) => {
    const env = stepEnv(dir, inputs, state)
    for (const name of drop) delete env[name]
    const { ms, cpu } = timed(process.execPath, [path.join(dist, `${entry}.js`)], { cwd: dir, env })
    return { ms, cpu, env }
  }
  const first = step('main') // builds the tree, compiles the wrapper, keeps the attribution
  return {
    label,
    dir,
    outputs: readState(first.env.GITHUB_OUTPUT),
    times: { action: [], main: [], post: [], cpu: [] },
    once() {
      const main = step('main')
      const post = step('post', readState(main.env.GITHUB_STATE))
      this.times.main.push(main.ms)
      this.times.post.push(post.ms)
      this.times.action.push(main.ms + post.ms)
      this.times.cpu.push(main.cpu === null ? null : main.cpu + post.cpu)
    }
  }
}

/**
 * What the action's main and post steps together add to a no-op `cargo build` (up-to-date target
 * dir, sccache off), measured against that very cargo build, interleaved: each round runs the
 * plain cargo build and then main + post of every variant. Budgets: 300 ms with the defaults,
 * 150 ms with size-breakdown off. Each variant and plain cargo have a copy of examples/hello of
 * their own: sharing one target dir, each would invalidate the other's cached rustc info (cargo
 * keys it on the rustc wrapper), which no real run pays for.
 * `drop` names variables of this machine that GitHub's hosted runners do not set.
 */
function measureStartup(variants, drop = []) {
  const host = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))[1].trim()
  const runs = variants.map((v) => startupVariant(v.label, v.dist, v.inputs, drop))
  const plainDir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-startup-plain-'))
  cpSync(path.join(ROOT, 'examples', 'hello'), plainDir, { recursive: true })
  const plainEnv = plainEnvFrom(runs[0].outputs, host)
  for (const name of drop) delete plainEnv[name]
  const cargoArgs = ['build', '--profile', 'release', '--target', host, '--message-format=json']
  timed('cargo', cargoArgs, { cwd: plainDir, env: plainEnv })
  const plain = []
  const plainCpu = []
  for (let i = 0; i < RUNS * 2; i++) {
    const t = timed('cargo', cargoArgs, { cwd: plainDir, env: plainEnv })
    plain.push(t.ms)
    plainCpu.push(t.cpu)
    for (const r of runs) r.once()
  }
  for (const dir of [plainDir, ...runs.map((r) => r.dir)])
    rmSync(dir, { recursive: true, force: true })
  const p = median(plain)
  const pCpu = mean(plainCpu)
  const cpuAdded = (r) => {
    const a = mean(r.times.cpu)
    return a === null || pCpu === null ? '' : `   CPU added ${(a - pCpu).toFixed(0)} ms (mean)`
  }
  const width = Math.max(...runs.map((r) => r.label.length))
  return [
    `  cargo (no-op build) ${p.toFixed(0)} ms${pCpu === null ? '' : `, CPU ${pCpu.toFixed(0)} ms (mean)`}`,
    ...runs.map((r) => {
      const a = median(r.times.action)
      const budget = variants.find((v) => v.label === r.label).budget
      return `  ${r.label.padEnd(width)}  main ${median(r.times.main).toFixed(0).padStart(4)} ms + post ${median(r.times.post).toFixed(0).padStart(3)} ms   added ${(a - p).toFixed(0).padStart(4)} ms${budget ? ` (budget ${budget} ms)` : ''}   ratio ${(a / p).toFixed(2)}x${cpuAdded(r)}`
    })
  ]
}

export async function benchStartup(dist = path.join(ROOT, 'dist')) {
  const inputs = {
    preset: 'speed',
    sccache: 'false',
    baseline: 'none',
    comment: 'false',
    ...JSON.parse(process.env.BENCH_STARTUP_INPUTS ?? '{}')
  }
  const variants = [
    { label: 'defaults (size-breakdown on)', dist, inputs, budget: 300 },
    {
      label: 'size-breakdown: false',
      dist,
      inputs: { ...inputs, 'size-breakdown': 'false' },
      budget: 150
    }
  ]
  // BENCH_COMPARE_DIST: another build of dist/ (e.g. an earlier commit's) timed in the same rounds.
  const other = process.env.BENCH_COMPARE_DIST
  if (other) {
    variants.push(
      { label: `${variants[0].label}, ${path.basename(other)}`, dist: other, inputs },
      {
        label: `${variants[1].label}, ${path.basename(other)}`,
        dist: other,
        inputs: variants[1].inputs
      }
    )
  }
  console.log(
    `Start-up cost: main + post over a no-op cargo build (examples/hello, sccache off, ${RUNS * 2} interleaved runs, medians)`
  )
  const loaded = staticBytes(dist)
  console.log(
    `  main.js loads ${loaded.bytes} bytes statically (${loaded.files} files); with the pipeline it imports at once ${loaded.atStart.bytes} bytes (${loaded.atStart.files} files)`
  )
  if (other) {
    const before = staticBytes(other)
    console.log(
      `  ${path.basename(other)}/main.js loads ${before.bytes} bytes statically (${before.files} files)`
    )
  }
  // NODE_EXTRA_CA_CERTS makes every node process parse a certificate bundle before its first line
  // (tens of ms here). GitHub's hosted runners do not set it; the budget is for them, and the
  // figure with this machine's setting is printed beside it.
  const hostedDrop = ['NODE_EXTRA_CA_CERTS']
  console.log('  as on a hosted runner:')
  for (const line of measureStartup(variants, hostedDrop)) console.log(line)
  if (process.env.NODE_EXTRA_CA_CERTS) {
    console.log('  with NODE_EXTRA_CA_CERTS set (this machine):')
    for (const line of measureStartup(variants.slice(0, 1))) console.log(line)
  }
}
