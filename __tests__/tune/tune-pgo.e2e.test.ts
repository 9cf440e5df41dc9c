// `tune: speed` with PGO: the PGO build is one more candidate, timed like the others, built
// with a given `pgo-profile` or trained in the same run (`pgo-train`).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Artifact } from '../../src/report/sizes.js'
import { baseEnv, runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { instructions, requireTool } from '../support/pgo.js'

const HOST = /host: (.+)/.exec(execFileSync('rustc', ['-vV'], { encoding: 'utf8' }))![1].trim()

/** Trains the fixture by hand: an instrumented build, one run, a merge with llvm-profdata-22. */
function mergedProfile(dir: string): string {
  const work = mkdtempSync(path.join(os.tmpdir(), 'ro-tune-pgo-'))
  const raw = path.join(work, 'raw')
  const env = {
    ...baseEnv(),
    CARGO_ENCODED_RUSTFLAGS: `-Cprofile-generate=${raw}`
  } as NodeJS.ProcessEnv
  const target = path.join(work, 'target')
  execFileSync('cargo', ['build', '--release', '-q', '--target', HOST, '--target-dir', target], {
    cwd: dir,
    env
  })
  execFileSync(path.join(target, HOST, 'release', 'pgo-interp'), ['collatz', '3000'], { env })
  const merged = path.join(work, 'merged.profdata')
  const profraw = readdirSync(raw).map((f) => path.join(raw, f))
  execFileSync('llvm-profdata-22', ['merge', '-o', merged, ...profraw])
  return merged
}

interface TuneEntry {
  name: string
  rustflags: Record<string, string[]>
  chosen: boolean
}

// quick with `lto = false` (pinned: its other LTO mode is left out) and no target-cpu: your
// profile, the preset and the PGO build remain.
const FAST = {
  sccache: 'false',
  baseline: 'none',
  comment: 'false',
  preset: 'quick',
  overrides: 'lto = false',
  'target-cpu': 'none',
  tune: 'speed'
}

describe('tune: speed with pgo-profile', () => {
  beforeAll(() => requireTool('llvm-profdata-22'))

  it('builds and times the preset with the profile as a candidate', async () => {
    const dir = copyFixture('pgo-interp')
    const profile = mergedProfile(dir)
    const run = await runAction({
      cwd: dir,
      inputs: {
        sccache: 'false',
        baseline: 'none',
        comment: 'false',
        preset: 'quick',
        overrides: 'lto = false',
        'target-cpu': 'none',
        tune: 'speed',
        benchmark: 'pgo-interp collatz 2000',
        'pgo-profile': profile
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const tune = JSON.parse(run.outputs.tune) as {
      name: string
      rustflags: Record<string, string[]>
      chosen: boolean
    }[]
    expect(tune.map((c) => c.name)).toEqual(['your profile', 'preset', 'preset with PGO'])
    expect(tune[2].rustflags[HOST]).toEqual([`-Cprofile-use=${profile}`])
    expect(tune.filter((c) => c.chosen)).toHaveLength(1)
    // PGO's own phase does not run: with tune, the profile is a candidate's, nothing more.
    expect(run.stdout).not.toContain('::group::PGO')
    // The pgo-profile output names the profile when the shipped build used it.
    expect(run.outputs['pgo-profile']).toBe(tune[2].chosen ? profile : '')
    const shipped = JSON.parse(run.outputs.rustflags) as Record<string, string[]>
    expect(shipped[HOST]).toEqual(tune.find((c) => c.chosen)!.rustflags[HOST])
  }, 300_000)
})

/**
 * The pgo-interp fixture with one more program, `calls <n>`: a loop through a function pointer
 * chosen at run time. With a profile, LLVM sees one target, calls it directly and folds the
 * loop; without, every iteration is an indirect call. So the PGO build is faster beyond any
 * noise (on the interpreter itself, PGO's gain in time is too small to win reliably here).
 */
function withCalls(): string {
  const dir = copyFixture('pgo-interp')
  const main = path.join(dir, 'src', 'main.rs')
  const source = readFileSync(main, 'utf8').replace(
    'fn main() {',
    'fn main() {\n    if env::args().nth(1).as_deref() == Some("calls") {\n        calls();\n        return;\n    }'
  )
  writeFileSync(
    main,
    `${source}
fn add_one(x: u64) -> u64 {
    x.wrapping_add(1)
}
fn double(x: u64) -> u64 {
    x.wrapping_mul(2)
}
static STEPS: [fn(u64) -> u64; 2] = [add_one, double];

fn calls() {
    let n: u64 = env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let step = STEPS[env::args().count() % 2];
    let mut acc = 0u64;
    for i in 0..n {
        acc = acc.wrapping_add(step(i));
    }
    println!("{acc}");
}
`
  )
  return dir
}

describe('tune: speed with pgo-train', () => {
  beforeAll(() => {
    requireTool('llvm-profdata-22')
    requireTool('valgrind')
  })

  it('trains once on the preset, times the PGO build as a candidate, and ships the winner', async () => {
    const dir = withCalls()
    const before = snapshot(dir)
    const run = await runAction({
      cwd: dir,
      inputs: {
        ...FAST,
        'pgo-train': 'pgo-interp calls 100000',
        // About 0.4 s of CPU per round without PGO, next to nothing with it.
        benchmark: 'pgo-interp calls 300000000'
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // One training: the preset, instrumented, in the runner's temp directory.
    const groups = run.stdout.split('\n').filter((l) => l.startsWith('::group::'))
    expect(groups.filter((g) => /instrumented/.test(g))).toEqual([
      `::group::PGO: instrumented build of candidate 'preset' ${HOST}`
    ])
    expect(groups).toContain(`::group::PGO: training ${HOST}`)
    expect(run.stdout).toContain('$ pgo-interp calls 100000')
    const tune = JSON.parse(run.outputs.tune) as TuneEntry[]
    expect(tune.map((c) => c.name)).toEqual(['your profile', 'preset', 'preset with PGO'])
    const pgoFlag = tune[2].rustflags[HOST][0]
    expect(pgoFlag).toMatch(/^-Cprofile-use=.*merged\.profdata$/)
    const profile = pgoFlag.slice('-Cprofile-use='.length)
    expect(profile.startsWith(run.runnerTemp)).toBe(true)
    expect(existsSync(profile)).toBe(true)

    // The trained build wins, and it is the one shipped.
    const chosen = tune.find((c) => c.chosen)!
    expect(chosen.name).toBe('preset with PGO')
    expect(run.outputs['pgo-profile']).toBe(profile)
    expect(JSON.parse(run.outputs.rustflags)).toEqual({ [HOST]: chosen.rustflags[HOST] })
    const controlDir = mkdtempSync(path.join(os.tmpdir(), 'ro-tune-pgo-control-'))
    execFileSync('cargo', ['build', '--release', '-q', '--target-dir', controlDir], {
      cwd: dir,
      env: baseEnv() as NodeJS.ProcessEnv
    })
    const shipped = (JSON.parse(run.outputs.artifacts) as Artifact[])[0].path
    const workload = ['calls', '1000000']
    const ratio =
      instructions(shipped, workload) /
      instructions(path.join(controlDir, 'release', 'pgo-interp'), workload)
    expect(ratio).toBeLessThan(0.5)

    expect(run.outputs.report).toMatch(
      /- Trained with 1 command\(s\): `pgo-interp calls 100000` \([\d.]+ s\); merged 1 raw profile\(s\)/
    )
    expect(run.outputs.report).toContain('which won: the shipped build is profile-guided.')
    // Pinned for later runs: the training, not the temporary profile.
    expect(run.outputs.report).toContain('pgo-train: |\n  pgo-interp calls 100000\n')
    expect(snapshot(dir)).toEqual(before)
    const inTree = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    expect(inTree.filter((f) => /profraw|instrumented|profdata/.test(f))).toEqual([])
  }, 300_000)

  it('a failing training line fails the step with one error naming pgo-train, before any candidate', async () => {
    const dir = copyFixture('pgo-interp')
    const run = await runAction({
      cwd: dir,
      inputs: { ...FAST, 'pgo-train': 'pgo-interp collatz ten', benchmark: 'pgo-interp hash 10' }
    })
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toEqual([
      "::error::Input 'pgo-train': the command 'pgo-interp collatz ten' exited with code 2:%0Anot a number: ten"
    ])
    expect(run.stdout).not.toContain("::group::Candidate '")
  }, 300_000)
})
