// Cold versus warm build through the action with sccache (local backend), side by side.
// A generated workspace whose path-dependency library crates dominate compile time; every run starts
// from a clean target directory. Cold: empty sccache directory. Warm: the directory the cold run
// filled (what the Actions cache entry restores on the next run). Also a run without sccache, to
// show what sccache costs on a cold build.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** A workspace of `crates` libraries (a chain plus fan-in) and one small binary. */
export function generateWorkspace(crates = 6, functions = 10) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-cache-'))
  const names = Array.from({ length: crates }, (_, i) => `dep${i}`)
  writeFileSync(
    path.join(dir, 'Cargo.toml'),
    `[workspace]\nresolver = "2"\nmembers = ["app", "crates/*"]\n`
  )
  names.forEach((name, i) => {
    const crateDir = path.join(dir, 'crates', name)
    mkdirSync(path.join(crateDir, 'src'), { recursive: true })
    const dep = i > 0 ? `dep${i - 1} = { path = "../dep${i - 1}" }\n` : ''
    writeFileSync(
      path.join(crateDir, 'Cargo.toml'),
      `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${dep}`
    )
    const fns = []
    for (let f = 0; f < functions; f++) {
      fns.push(`pub fn f${f}<T: Copy + Into<u64>>(xs: &[T], k: u64) -> u64 {
    let mut acc = k ^ ${f * 2654435761};
    for (i, x) in xs.iter().enumerate() {
        let v: u64 = (*x).into();
        acc = acc.rotate_left((i % 63) as u32) ^ v.wrapping_mul(${f + 3});
        if acc % ${f + 7} == 0 { acc = acc.wrapping_add(i as u64 * ${f + 11}); }
    }
    let m: std::collections::BTreeMap<u64, u64> = xs.iter().map(|x| ((*x).into() % 97, acc)).collect();
    acc ^ m.values().fold(0u64, |a, b| a.wrapping_add(*b))
}`)
    }
    const calls = Array.from({ length: functions }, (_, f) =>
      [`f${f}(xs, k)`, `f${f}(&ws, k)`, `f${f}(&bs, k)`].join(' ^ ')
    )
    const upstream = i > 0 ? `dep${i - 1}::run(k)` : 'k'
    fns.push(`pub fn run(k: u64) -> u64 {
    let xs: &[u32] = &[1, 2, 3, 5, 8, 13];
    let ws: Vec<u16> = vec![4, 9, 16, 25];
    let bs: Vec<u8> = vec![7, 11];
    let k = ${upstream};
    0 ${calls.map((c) => `^ ${c}`).join('\n    ')}
}`)
    writeFileSync(path.join(crateDir, 'src', 'lib.rs'), fns.join('\n\n'))
  })
  mkdirSync(path.join(dir, 'app', 'src'), { recursive: true })
  writeFileSync(
    path.join(dir, 'app', 'Cargo.toml'),
    `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${names
      .map((n) => `${n} = { path = "../crates/${n}" }`)
      .join('\n')}\n`
  )
  writeFileSync(
    path.join(dir, 'app', 'src', 'main.rs'),
    `fn main() {\n    let k = std::env::args().count() as u64;\n    println!("{}", ${names
      .map((n) => `${n}::run(k)`)
      .join(' ^ ')});\n}\n`
  )
  return dir
}

function runMain(cwd, runnerTemp, inputs) {
  const files = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-run-'))
  const output = path.join(files, 'output')
  const state = path.join(files, 'state')
  writeFileSync(output, '')
  writeFileSync(state, '')
  const env = {}
  for (const [k, v] of Object.entries(process.env))
    if (
      !/^(INPUT_|GITHUB_|STATE_|RUNNER_|ACTIONS_|RUSTFLAGS|CARGO_|RUSTC_WRAPPER|SCCACHE_)/.test(k)
    )
      env[k] = v
  Object.assign(env, {
    GITHUB_OUTPUT: output,
    GITHUB_STATE: state,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(files, 'tool-cache')
  })
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('close', async (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) return reject(new Error(`action failed (${code}):\n${log.slice(-3000)}`))
      const text = readFileSync(output, 'utf8')
      const hit = /sccache-hit-rate<<(\S+)\n(.*)\n/.exec(text)
      const stateText = readFileSync(state, 'utf8')
      const saved = /sccache<<(\S+)\n(.*)\n/.exec(stateText)
      if (saved !== null) {
        // the post step's job: stop this run's server
        const post = spawn(process.execPath, [path.join(ROOT, 'dist', 'post.js')], {
          cwd,
          env: { ...env, STATE_sccache: saved[2] },
          stdio: 'ignore'
        })
        await new Promise((r) => post.on('close', r))
      }
      rmSync(files, { recursive: true, force: true })
      resolve({ seconds, hitRate: hit === null || hit[2] === '' ? null : Number(hit[2]) })
    })
  })
}

/** Runs the comparison and returns the measurements; prints a table when `print`. */
export async function benchCache({ print = true, crates = 6, functions = 10 } = {}) {
  const ws = generateWorkspace(crates, functions)
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-temp-'))
  const inputs = { preset: 'none', 'target-cpu': 'none', baseline: 'none', comment: 'false' }
  const clean = () => rmSync(path.join(ws, 'target'), { recursive: true, force: true })
  try {
    clean()
    const plain = await runMain(ws, path.join(temp, 'plain'), { ...inputs, sccache: 'false' })
    clean()
    const cold = await runMain(ws, path.join(temp, 'cached'), { ...inputs, sccache: 'true' })
    clean()
    const warm = await runMain(ws, path.join(temp, 'cached'), { ...inputs, sccache: 'true' })
    const ratio = warm.seconds / cold.seconds
    const result = { crates, plain, cold, warm, ratio, target: 0.4, met: ratio <= 0.4 }
    if (print) {
      const f = (s) => `${s.toFixed(1)} s`.padStart(9)
      const h = (r) => (r === null ? '—' : `${r}%`).padStart(8)
      process.stdout.write(
        [
          `\nsccache cold vs warm (${crates} dependency crates + 1 bin, preset none, clean target dir each run)`,
          `| run                         |      time | hit rate |`,
          `|-----------------------------|-----------|----------|`,
          `| no sccache                  | ${f(plain.seconds)} | ${h(plain.hitRate)} |`,
          `| sccache, cold (empty cache) | ${f(cold.seconds)} | ${h(cold.hitRate)} |`,
          `| sccache, warm (cache filled)| ${f(warm.seconds)} | ${h(warm.hitRate)} |`,
          `warm / cold = ${ratio.toFixed(2)} (target <= 0.40: ${result.met ? 'met' : 'NOT met'})`,
          ''
        ].join('\n')
      )
    }
    return result
  } finally {
    rmSync(ws, { recursive: true, force: true })
    rmSync(temp, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCache()
