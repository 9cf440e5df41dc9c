// Warm builds at the floor: cold, warm and floor through the action on a workspace whose registry
// dependencies have build scripts and proc-macros (Debian's crates, crates-io replaced by
// /usr/share/cargo/registry in a bench-owned CARGO_HOME). Every cold and warm run is a fresh runner:
// another checkout directory, another RUNNER_TEMP, an empty target directory; only the loopback
// Actions cache service carries over. The floor is what no cache can skip: the workspace's own
// crates and the link, timed on the warm run's target directory after touching their sources.
// residual = (warm - floor) / (cold - floor). The same three numbers for a plain target-dir cache in
// the style of rust-cache (the whole target directory archived and unpacked, no sccache), built
// here only for comparison.
import { spawn, execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as cache from '@actions/cache'
import { build } from 'esbuild'

const ROOT = path.resolve(import.meta.dirname, '..')
const REGISTRY = '/usr/share/cargo/registry'
const DEPS = {
  serde: '{ version = "1", features = ["derive"] }',
  thiserror: '"1"',
  regex: '{ version = "1", default-features = false, features = ["std", "unicode"] }',
  memchr: '"2"'
}

async function loadCacheServer(dir) {
  const outfile = path.join(dir, 'cache-server.mjs')
  await build({
    entryPoints: [path.join(ROOT, '__tests__', 'support', 'cache-server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error'
  })
  return import(outfile)
}

function writeWorkspace(dir) {
  mkdirSync(path.join(dir, 'app', 'src'), { recursive: true })
  mkdirSync(path.join(dir, 'text', 'src'), { recursive: true })
  writeFileSync(
    path.join(dir, 'Cargo.toml'),
    '[workspace]\nresolver = "2"\nmembers = ["app", "text"]\n'
  )
  const pkg = (name, deps) =>
    `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`
  writeFileSync(
    path.join(dir, 'text', 'Cargo.toml'),
    pkg('text', `regex = ${DEPS.regex}\nmemchr = ${DEPS.memchr}\n`)
  )
  writeFileSync(
    path.join(dir, 'text', 'src', 'lib.rs'),
    `pub fn words(s: &str) -> usize {\n    regex::Regex::new(r"\\w+").unwrap().find_iter(s).count() + memchr::memchr_iter(b' ', s.as_bytes()).count()\n}\n`
  )
  writeFileSync(
    path.join(dir, 'app', 'Cargo.toml'),
    pkg(
      'app',
      `text = { path = "../text" }\nserde = ${DEPS.serde}\nthiserror = ${DEPS.thiserror}\n`
    )
  )
  writeFileSync(
    path.join(dir, 'app', 'src', 'main.rs'),
    `#[derive(serde::Serialize, Debug)]\nstruct Count { words: usize }\n\n#[derive(thiserror::Error, Debug)]\n#[error("no words in {0:?}")]\nstruct Empty(String);\n\nfn main() {\n    let s = std::env::args().collect::<Vec<_>>().join(" ");\n    let c = Count { words: text::words(&s) };\n    if c.words == 0 { eprintln!("{}", Empty(s)); }\n    println!("{:?}", c);\n}\n`
  )
}

function runStep(entry, cwd, env, extra = {}) {
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', `${entry}.js`)], {
      cwd,
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) reject(new Error(`${entry} failed (${code}):\n${log.slice(-3000)}`))
      else resolve({ seconds, log })
    })
  })
}

function readCommandFile(file) {
  const out = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m === null) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/** One runner: its own RUNNER_TEMP and command files; main (timed), then post (stops sccache). */
async function runner(ctx, cwd, inputs, { post = true, runnerTemp } = {}) {
  const files = mkdtempSync(path.join(ctx.tmp, 'run-'))
  const env = { ...ctx.baseEnv }
  Object.assign(env, {
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_STATE: path.join(files, 'state'),
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: runnerTemp ?? path.join(files, 'temp'),
    RUNNER_TOOL_CACHE: path.join(files, 'tool-cache')
  })
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STATE, '')
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const main = await runStep('main', cwd, env)
  const state = readCommandFile(env.GITHUB_STATE)
  if (post) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
    await runStep('post', cwd, env, stateEnv)
  }
  const compiled = [...main.log.matchAll(/^\s*Compiling (\S+) v/gm)].map((m) => m[1])
  return { seconds: main.seconds, compiled, runnerTemp: env.RUNNER_TEMP }
}

function checkout(ctx, name) {
  const dir = path.join(ctx.tmp, name)
  writeWorkspace(dir)
  execFileSync('cargo', ['generate-lockfile', '--offline'], {
    cwd: dir,
    env: { ...ctx.baseEnv },
    stdio: 'pipe'
  })
  return dir
}

function touchWorkspace(dir) {
  const now = new Date()
  for (const f of ['app/src/main.rs', 'text/src/lib.rs']) utimesSync(path.join(dir, f), now, now)
}

/** The target-dir cache's entries are saved under keys with this prefix. */
const TARGET_DIR_KEY = 'bench-target-dir-'
const residual = (r) => (r.warm - r.floor) / (r.cold - r.floor)
/** Fresh warm runners per cache (each followed by its floor); medians are reported. */
const REPEAT = Number(process.env.BENCH_WARM_REPEAT ?? 3)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Medians of the warm and floor times of `REPEAT` fresh runners. */
async function repeated(measureOne) {
  const runs = []
  for (let i = 0; i < REPEAT; i++) runs.push(await measureOne(i))
  return {
    warm: median(runs.map((r) => r.warm)),
    floor: median(runs.map((r) => r.floor)),
    compiled: runs[0].compiled
  }
}

/** Ours: sccache (local) + the warm entry, both through the cache service. */
async function ours(ctx, inputs) {
  const cold = await runner(ctx, checkout(ctx, 'ours-cold'), inputs)
  const rest = await repeated(async (i) => {
    const ws = checkout(ctx, `ours-warm-${i}`)
    const warm = await runner(ctx, ws, inputs)
    touchWorkspace(ws)
    const floor = await runner(ctx, ws, inputs, { runnerTemp: warm.runnerTemp })
    return { warm: warm.seconds, floor: floor.seconds, compiled: warm.compiled }
  })
  return { cold: cold.seconds, ...rest }
}

/** Runs an @actions/cache call from `dir` (as a rust-cache step does from the checkout). */
async function inCheckout(ctx, dir, fn) {
  const saved = { ...process.env }
  const cwd = process.cwd()
  Object.assign(process.env, ctx.cacheEnv, { GITHUB_WORKSPACE: dir })
  process.chdir(dir)
  // @actions/cache logs through workflow commands (::debug:: and the like): kept out of the table.
  const write = process.stdout.write
  process.stdout.write = () => true
  const started = process.hrtime.bigint()
  try {
    const result = await fn()
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 }
  } finally {
    process.stdout.write = write
    process.chdir(cwd)
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}

/**
 * rust-cache style: no sccache; the whole target directory saved through the same cache service
 * after the cold run and restored before the warm one (the restore counts in the warm time).
 */
async function targetDirCache(ctx, inputs) {
  const plain = { ...inputs, sccache: 'false' }
  const coldWs = checkout(ctx, 'rc-cold')
  const cold = await runner(ctx, coldWs, plain)
  const key = `${TARGET_DIR_KEY}${Date.now()}`
  await inCheckout(ctx, coldWs, () => cache.saveCache(['target'], key))
  const rest = await repeated(async (i) => {
    const ws = checkout(ctx, `rc-warm-${i}`)
    const restore = await inCheckout(ctx, ws, () => cache.restoreCache(['target'], key))
    if (restore.result !== key) throw new Error('the target-dir entry was not restored')
    const warm = await runner(ctx, ws, plain)
    touchWorkspace(ws)
    const floor = await runner(ctx, ws, plain)
    return { warm: warm.seconds + restore.seconds, floor: floor.seconds, compiled: warm.compiled }
  })
  return { cold: cold.seconds, ...rest }
}

export async function benchWarm({ print = true } = {}) {
  for (const crate of [
    'serde-1.0.152',
    'serde_derive-1.0.152',
    'thiserror-1.0.38',
    'regex-1.7.1'
  ]) {
    if (!existsSync(path.join(REGISTRY, crate))) {
      console.log(`\nwarm-build bench skipped: ${REGISTRY}/${crate} is missing (run .ci/run)`)
      return null
    }
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-warm-'))
  const cargoHome = path.join(tmp, 'cargo-home')
  mkdirSync(cargoHome)
  writeFileSync(
    path.join(cargoHome, 'config.toml'),
    `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${REGISTRY}"\n`
  )
  const { startCacheServer } = await loadCacheServer(tmp)
  const server = await startCacheServer()
  const baseEnv = {}
  for (const [k, v] of Object.entries(process.env))
    if (
      !/^(INPUT_|GITHUB_|STATE_|RUNNER_|ACTIONS_|RUSTFLAGS|CARGO_|RUSTC_WRAPPER|SCCACHE_)/.test(k)
    )
      baseEnv[k] = v
  Object.assign(baseEnv, server.env(), { CARGO_HOME: cargoHome })
  const ctx = { tmp, baseEnv, cacheEnv: server.env() }
  /** What the cache service holds under the keys `test` accepts, in MiB. */
  const storedMiB = (test) =>
    server.entries
      .filter((e) => e.finalized && test(e.key))
      .reduce((n, e) => n + (e.sizeBytes ?? 0), 0) /
    (1 << 20)
  const inputs = {
    preset: process.env.BENCH_WARM_PRESET ?? 'quick',
    'target-cpu': 'none',
    baseline: 'none',
    comment: 'false',
    'cache-key': `bench-${Date.now()}`
  }
  try {
    const a = await ours(ctx, inputs)
    const b = await targetDirCache(ctx, inputs)
    const result = {
      ours: {
        ...a,
        residual: residual(a),
        mib: storedMiB((k) => !k.startsWith(TARGET_DIR_KEY))
      },
      targetDir: {
        ...b,
        residual: residual(b),
        mib: storedMiB((k) => k.startsWith(TARGET_DIR_KEY))
      }
    }
    if (print) {
      const f = (s) => `${s.toFixed(1)} s`.padStart(8)
      const row = (label, r) =>
        `| ${label.padEnd(34)} | ${f(r.cold)} | ${f(r.warm)} | ${f(r.floor)} | ${r.residual.toFixed(2).padStart(8)} | ${(r.warm / r.cold).toFixed(2).padStart(9)} | ${`${r.mib.toFixed(1)} MiB`.padStart(9)} |`
      process.stdout.write(
        [
          `\nWarm builds at the floor (serde+derive, thiserror, regex, memchr; 2 workspace crates; preset ${inputs.preset}; a fresh runner per cold and per warm run; warm and floor: medians of ${REPEAT})`,
          '| cache                              |     cold |     warm |    floor | residual | warm/cold |   entries |',
          '|------------------------------------|----------|----------|----------|----------|-----------|-----------|',
          row('sccache + warm entry (this action)', result.ours),
          row('target-dir cache (rust-cache style)', result.targetDir),
          `warm run compiled: ${result.ours.compiled.join(', ')} (target-dir cache: ${result.targetDir.compiled.join(', ')})`,
          `residual = (warm - floor) / (cold - floor); target <= 0.10 and below the target-dir cache: ${result.ours.residual <= 0.1 && result.ours.residual < result.targetDir.residual ? 'met' : 'NOT met'}`,
          ''
        ].join('\n')
      )
    }
    return result
  } finally {
    await server.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWarm()
