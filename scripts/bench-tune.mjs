// `npm run bench`, tune part: how much smaller (`tune: size`) or faster (`tune: speed`) the
// shipped build is than the plain preset, and what tuning cost in build time. Each fixture is
// built side by side in one run, with the preset alone and with tune. Speed is compared by
// instruction counts (cachegrind), which are deterministic on a busy machine.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')

function cleanEnv() {
  const env = { ...process.env }
  for (const k of Object.keys(env))
    if (
      /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_|CARGO_PROFILE_|CARGO_TARGET_|RUSTC_WRAPPER|SCCACHE_|GITHUB_|INPUT_)/.test(
        k
      )
    )
      delete env[k]
  return env
}

/** Runs the CLI on a fresh copy of `fixture`; returns its outputs and wall seconds. */
function cli(fixture, args) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-tune-'))
  cpSync(fixture, dir, { recursive: true })
  const start = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    [CLI, '--json', '--sccache', 'false', '--baseline', 'none', ...args],
    { cwd: dir, env: cleanEnv(), encoding: 'utf8' }
  )
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (r.status !== 0) throw new Error(`rust-optimize ${args.join(' ')} failed:\n${r.stderr}`)
  return { outputs: JSON.parse(r.stdout), seconds, dir }
}

function instructions(binary, args) {
  const r = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', binary, ...args],
    { encoding: 'utf8' }
  )
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '')
  if (r.status !== 0 || refs === null)
    throw new Error(`cachegrind failed (run .ci/run):\n${r.stderr}`)
  return Number(refs[1].replace(/,/g, ''))
}

const pct = (a, b) => `${(((a - b) / b) * 100).toFixed(1)}%`

export async function benchTune() {
  console.log('\ntune against the plain preset (one run each, side by side)')
  const fixtures = [
    ['examples/hello', path.join(ROOT, 'examples', 'hello')],
    ['popbits', path.join(ROOT, '__tests__', 'fixtures', 'popbits')]
  ]
  for (const [label, fixture] of fixtures) {
    for (const preset of ['size', 'speed']) {
      const plain = cli(fixture, ['--preset', preset])
      const tuned = cli(fixture, ['--preset', preset, '--tune', 'size'])
      const a = Number(plain.outputs['total-size'])
      const b = Number(tuned.outputs['total-size'])
      const chosen = JSON.parse(tuned.outputs.tune).find((c) => c.chosen).name
      console.log(
        `${label.padEnd(15)} size  preset ${preset.padEnd(5)} ${String(a).padStart(8)} B → tune ${String(b).padStart(8)} B (${pct(b, a)}, chose ${chosen}); build ${plain.seconds.toFixed(1)} s → ${tuned.seconds.toFixed(1)} s`
      )
      for (const r of [plain, tuned]) rmSync(r.dir, { recursive: true, force: true })
    }
  }
  const fixture = path.join(ROOT, '__tests__', 'fixtures', 'popbits')
  const plain = cli(fixture, ['--preset', 'size'])
  const tuned = cli(fixture, [
    '--preset',
    'size',
    '--tune',
    'speed',
    '--benchmark',
    'popbits 8000000'
  ])
  const bin = (r) => JSON.parse(r.outputs.artifacts)[0].path
  const a = instructions(bin(plain), ['200000'])
  const b = instructions(bin(tuned), ['200000'])
  const chosen = JSON.parse(tuned.outputs.tune).find((c) => c.chosen).name
  console.log(
    `popbits         speed preset size  ${a} instructions → tune ${b} (${pct(b, a)}, chose ${chosen}); build ${plain.seconds.toFixed(1)} s → ${tuned.seconds.toFixed(1)} s (with benchmarking)`
  )
  for (const r of [plain, tuned]) rmSync(r.dir, { recursive: true, force: true })
}
