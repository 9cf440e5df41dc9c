// `tune` end to end through dist/main.js: real candidate builds of a tiny fixture, the real
// benchmark, and instruction counts of the shipped binary from cachegrind.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Artifact } from '../../src/report/sizes.js'
import { baseEnv, runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { stopTracked, track } from '../support/sccache.js'
import { instructions } from '../support/tools.js'

const HOST = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1].trim()
const QUIET = { sccache: 'false', baseline: 'none', comment: 'false' }

interface TuneEntry {
  name: string
  profile: Record<string, unknown>
  rustflags: Record<string, string[]>
  size: number
  time?: number
  chosen: boolean
}

/** The popbits fixture; `lto = false` in its own profile keeps candidate builds fast. */
function popbits(): string {
  const dir = copyFixture('popbits')
  appendFileSync(path.join(dir, 'Cargo.toml'), '\n[profile.release]\nlto = false\n')
  return dir
}

describe('tune', () => {
  afterAll(() => stopTracked())

  it('size with sccache: the shipped build takes the dependencies the candidates compiled', async () => {
    const dir = copyFixture('sccache-workspace')
    const run = track(
      await runAction({
        cwd: dir,
        inputs: {
          ...QUIET,
          sccache: 'true',
          preset: 'none',
          'target-cpu': 'none',
          // Pinned by overrides, these keys are not varied: two quick candidates remain.
          overrides: 'opt-level = 3\nlto = false',
          tune: 'size'
        }
      })
    )
    expect(run.code).toBe(0)
    expect((JSON.parse(run.outputs.tune) as TuneEntry[]).map((c) => c.name)).toEqual([
      'preset',
      'codegen-units 1'
    ])
    // Four workspace libraries: compiled for the candidates, served from the cache for the
    // winner's build in the user's target directory.
    const stats = /sccache \(local\): hit rate [\d.]+%, (\d+) hits, (\d+) misses/.exec(
      run.outputs.report
    )
    expect(stats).not.toBeNull()
    expect(Number(stats![1])).toBeGreaterThanOrEqual(4)
  }, 300_000)

  it('size: ships the smallest candidate, its own measured file, with no target-cpu added', async () => {
    const dir = popbits()
    // A build script that fails under opt-level "s" (that candidate is left out), and code it
    // generates whose panic location names OUT_DIR: the target directory's path is compiled in.
    writeFileSync(
      path.join(dir, 'build.rs'),
      [
        'fn main() {',
        '    if std::env::var("OPT_LEVEL").unwrap() == "s" { panic!("no opt-level s build") }',
        '    let out = std::env::var("OUT_DIR").unwrap();',
        '    std::fs::write(format!("{out}/gen.rs"), "pub fn pick(v: &[u64], i: usize) -> u64 { v[i] }\\n").unwrap();',
        '}',
        ''
      ].join('\n')
    )
    const main = path.join(dir, 'src', 'main.rs')
    const source = readFileSync(main, 'utf8').replace(
      'println!("{total}");',
      'println!("{total} {}", pick(&[1, 2, 3], (n % 4) as usize));'
    )
    writeFileSync(main, `${source}\ninclude!(concat!(env!("OUT_DIR"), "/gen.rs"));\n`)
    const before = snapshot(dir)
    const run = await runAction({ cwd: dir, inputs: { ...QUIET, preset: 'size', tune: 'size' } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const tune = JSON.parse(run.outputs.tune) as TuneEntry[]
    // The user's `lto = false` stays fixed: the thin LTO candidate would build the preset again.
    // No candidate raises the CPU floor: the size preset adds no target-cpu, and neither does tune.
    expect(tune.map((c) => c.name)).toEqual(['preset', 'codegen-units 16'])
    for (const c of tune) expect(c.rustflags[HOST].join(' ')).not.toMatch(/target-cpu/)
    expect(run.outputs.report).toContain("candidate 'thin LTO' left out")
    expect(run.outputs.report).toContain(
      `candidate 'opt-level "s"' left out: it failed to build (cargo build failed for`
    )
    expect(run.stdout).not.toMatch(/^::error/m)
    const chosen = tune.filter((c) => c.chosen)
    expect(chosen).toHaveLength(1)
    expect(chosen[0].size).toBe(Math.min(...tune.map((c) => c.size)))
    const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
    const shipped = path.join(dir, 'target', HOST, 'release', 'popbits')
    expect(artifacts.map((a) => a.path)).toEqual([shipped])
    // The file shipped is the one measured: its size, and the candidate's own OUT_DIR inside it.
    const bytes = readFileSync(shipped)
    expect([bytes.length, Number(run.outputs['total-size']), artifacts[0].size]).toEqual([
      chosen[0].size,
      chosen[0].size,
      chosen[0].size
    ])
    expect(artifacts[0].sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(bytes.includes('rust-optimize-tune-')).toBe(true)
    expect(bytes.includes(path.join(dir, 'target'))).toBe(false)
    expect(run.outputs.report).toContain(
      `Shipped as measured: the rebuild in your target directory differed from candidate '${chosen[0].name}'`
    )
    expect(run.outputs.report).not.toContain('not candidate')
    expect(run.outputs.report).toMatch(/### Tuning \(`tune: size`\)/)
    expect(run.outputs.report).toContain('```yaml\npreset: size\n')
    expect(snapshot(dir)).toEqual(before)
  }, 300_000)

  it('speed: ships a target-cpu candidate whose binary runs far fewer instructions than the control', async () => {
    const dir = popbits()
    const run = await runAction({
      cwd: dir,
      // quick's other LTO mode (fat) is pinned off by the override: three candidates remain.
      inputs: {
        ...QUIET,
        preset: 'quick',
        overrides: 'lto = false',
        tune: 'speed',
        benchmark: 'popbits 8000000'
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const tune = JSON.parse(run.outputs.tune) as TuneEntry[]
    expect(tune.map((c) => c.name)).toEqual(['your profile', 'preset', 'preset without target-cpu'])
    const chosen = tune.find((c) => c.chosen)!
    expect(chosen.rustflags[HOST].join(' ')).toMatch(/target-cpu=/)
    expect(chosen.time).toBeLessThan(tune[0].time!)
    expect(Number(run.outputs['total-size'])).toBe(chosen.size)

    // The control as the user builds it: plain `cargo build --release`.
    const controlDir = mkdtempSync(path.join(os.tmpdir(), 'ro-tune-control-'))
    execFileSync('cargo', ['build', '--release', '-q', '--target-dir', controlDir], {
      cwd: dir,
      env: baseEnv() as NodeJS.ProcessEnv
    })
    const shipped = (JSON.parse(run.outputs.artifacts) as Artifact[])[0].path
    const mine = instructions(shipped, ['200000'])
    const control = instructions(path.join(controlDir, 'release', 'popbits'), ['200000'])
    expect(mine / control).toBeLessThan(0.6)
    expect(run.outputs.report).toMatch(
      /Shipped \*\*preset\*\*: 0\.\d+× the cpu time of your profile/
    )
    expect(run.outputs.report).toMatch(
      /Each round ran the candidates in a shuffled order \(seed \d+\), your profile 2 times\./
    )
    // Rounds of a fraction of a second: the report says the CPU clock's ticks are coarse.
    expect(run.outputs.report).toMatch(/took 0\.\d+ s of CPU time, counted in 10 ms ticks/)
    expect(run.outputs.report).toMatch(
      /```yaml\npreset: quick\noverrides: \|\n {2}lto = false\ntarget-cpu: [\w-]+\ntune: none\n```/
    )
  }, 300_000)

  it('speed: a failing benchmark line stops the run with one error naming it', async () => {
    const dir = popbits()
    const run = await runAction({
      cwd: dir,
      inputs: {
        ...QUIET,
        tune: 'speed',
        benchmark: 'popbits 1000\nls /no/such/bench/input'
      }
    })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      "Input 'benchmark': the line 'ls /no/such/bench/input' failed with the artifacts of candidate 'your profile' first on PATH: exit code 2"
    )
  }, 300_000)

  it('speed: a candidate whose benchmark run fails is left out, with a warning', async () => {
    const dir = popbits()
    // Built with AVX2 allowed, this binary exits 3, as one would die of SIGILL on an older CPU.
    const main = path.join(dir, 'src', 'main.rs')
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace(
        'fn main() {',
        'fn main() {\n    if cfg!(target_feature = "avx2") {\n        std::process::exit(3);\n    }'
      )
    )
    const run = await runAction({
      cwd: dir,
      inputs: {
        ...QUIET,
        preset: 'quick',
        overrides: 'lto = false',
        tune: 'speed',
        benchmark: 'popbits 3000000'
      }
    })
    expect(run.code).toBe(0)
    const tune = JSON.parse(run.outputs.tune) as TuneEntry[]
    expect(tune.map((c) => c.name)).toEqual(['your profile', 'preset without target-cpu'])
    expect(run.stdout).toMatch(
      /^::warning::tune: candidate 'preset' left out: Input 'benchmark': the line 'popbits 3000000' failed with the artifacts of candidate 'preset' first on PATH: exit code 3/m
    )
    expect(run.outputs.report).toContain("candidate 'preset' left out")
  }, 300_000)

  it('speed: without benchmark fails before anything is built', async () => {
    const dir = popbits()
    const run = await runAction({ cwd: dir, inputs: { ...QUIET, tune: 'speed' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'benchmark' has an invalid value "": 'tune: speed'/)
    expect(run.stdout).not.toContain('cargo build')
  })
})
