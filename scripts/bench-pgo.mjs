// `npm run bench`, PGO part: what PGO gains and costs, side by side in one run. The tiny interpreter
// fixture is built by the CLI with the speed preset, once with `pgo-train` and once without; both
// binaries run the same workloads under cachegrind (instruction counts are deterministic, unlike time
// on a shared machine), and the two runs' CPU time shows the cost of the extra build and training.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const TRAIN = 'pgo-interp collatz 3000\npgo-interp hash 3000'
const WORKLOADS = [
  ['collatz', '2000'],
  ['hash', '2000']
]

function cleanEnv() {
  const env = { ...process.env }
  for (const k of Object.keys(env)) {
    if (
      /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_|CARGO_PROFILE_|CARGO_TARGET_|RUSTC_WRAPPER|SCCACHE_|GITHUB_|INPUT_|RUNNER_)/.test(
        k
      )
    )
      delete env[k]
  }
  return env
}

function instructions(binary, args) {
  const r = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', binary, ...args],
    { encoding: 'utf8' }
  )
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr)
  if (m === null) throw new Error(`cachegrind failed (run .ci/run):\n${r.stderr}`)
  return Number(m[1].replace(/,/g, ''))
}

/** Runs the CLI; returns its outputs, the built binary (copied aside) and the CPU seconds it took. */
function build(dir, extra) {
  const childBefore = childCpu()
  const out = execFileSync(
    process.execPath,
    [CLI, '--sccache', 'false', '--baseline', 'none', '--comment', 'false', '--json', ...extra],
    { cwd: dir, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
  )
  const outputs = JSON.parse(out)
  const [artifact] = JSON.parse(outputs.artifacts)
  const keep = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-bench-pgo-bin-')), 'pgo-interp')
  cpSync(artifact.path, keep)
  return { outputs, binary: keep, cpu: childCpu() - childBefore }
}

/** CPU seconds of this process's waited-for children (Linux: cutime + cstime in /proc/self/stat). */
function childCpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

export async function benchPgo() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-pgo-'))
  cpSync(path.join(ROOT, '__tests__', 'fixtures', 'pgo-interp'), dir, { recursive: true })
  const plain = build(dir, [])
  rmSync(path.join(dir, 'target'), { recursive: true, force: true })
  const pgo = build(dir, ['--pgo-train', TRAIN])
  console.log(
    'PGO (tiny interpreter fixture, preset speed; instructions by cachegrind, deterministic)'
  )
  for (const args of WORKLOADS) {
    const a = instructions(pgo.binary, args)
    const b = instructions(plain.binary, args)
    console.log(
      `  ${args.join(' ').padEnd(14)} without PGO ${String(b).padStart(11)}   with PGO ${String(a).padStart(11)}   ratio ${(a / b).toFixed(3)}`
    )
  }
  console.log(
    `  cost: CPU time of the whole run ${plain.cpu.toFixed(1)} s without PGO, ${pgo.cpu.toFixed(1)} s with (ratio ${(pgo.cpu / plain.cpu).toFixed(2)}: instrumented build + training + profile-guided build)`
  )
  rmSync(dir, { recursive: true, force: true })
}
