// PGO through the bundled action, for real: an instrumented build of a tiny interpreter, training,
// a merge with Debian's llvm-profdata-22, the profile-guided build, and instruction counts.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startCacheServer } from '../support/cache-server.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { instructions, requireTool } from '../support/pgo.js'

const TRAIN = 'pgo-interp collatz 3000\npgo-interp hash 3000'
// Measured on inputs other than the training's.
const WORKLOADS = [
  ['collatz', '2000'],
  ['hash', '2000']
]

const inputs = (more: Record<string, string>) => ({
  preset: 'speed',
  sccache: 'false',
  baseline: 'none',
  comment: 'false',
  ...more
})

/** Every file under `dir`, the target directory included. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
}

/** The dep-info files of the crate's build in one target directory, concatenated. */
function depInfo(targetDir: string): string {
  const deps = path.join(targetDir, 'x86_64-unknown-linux-gnu', 'release', 'deps')
  return readdirSync(deps)
    .filter((f) => f.endsWith('.d'))
    .map((f) => readFileSync(path.join(deps, f), 'utf8'))
    .join('\n')
}

function binaryOf(run: ActionRun): string {
  const [artifact] = JSON.parse(run.outputs.artifacts) as { path: string }[]
  return artifact.path
}

function keep(file: string): string {
  const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-pgo-bin-')), path.basename(file))
  copyFileSync(file, copy)
  return copy
}

describe('PGO', () => {
  const dir = copyFixture('pgo-interp')
  const before = snapshot(dir)
  let trained: ActionRun
  let trainedBinary: string

  // One trained run that every test reads, made here so that each test also runs on its own (-t).
  beforeAll(async () => {
    requireTool('llvm-profdata-22')
    requireTool('valgrind')
    trained = await runAction({ cwd: dir, inputs: inputs({ 'pgo-train': TRAIN }) })
    if (trained.code === 0) trainedBinary = keep(binaryOf(trained))
  }, 300_000)

  it('trains, rebuilds with the merged profile, and runs fewer instructions than the preset alone', async () => {
    expect(trained.stderr).toBe('')
    expect(trained.code).toBe(0)
    const profile = trained.outputs['pgo-profile']
    expect(profile.startsWith(trained.runnerTemp)).toBe(true)
    expect(existsSync(profile)).toBe(true)
    expect(JSON.parse(trained.outputs.rustflags)).toEqual({
      'x86_64-unknown-linux-gnu': [
        '-C',
        'target-cpu=x86-64-v3',
        `-Cprofile-use=${profile}`,
        '-Cllvm-args=-pgo-warn-missing-function'
      ]
    })
    expect(trained.stdout).toContain('::group::PGO: instrumented build x86_64-unknown-linux-gnu')
    expect(trained.stdout).toContain('::group::PGO: training x86_64-unknown-linux-gnu')
    expect(trained.stdout).toContain('$ pgo-interp collatz 3000')
    // Log groups do not nest on the runner: each one ends before the next begins.
    const marks = trained.stdout.split('\n').filter((l) => /^::(end)?group::/.test(l))
    marks.forEach((m, i) => expect([i, m.startsWith('::group::')]).toEqual([i, i % 2 === 0]))
    expect(trained.outputs.report).toMatch(
      /- Trained with 2 command\(s\): `pgo-interp collatz 3000` \([\d.]+ s\), `pgo-interp hash 3000` \([\d.]+ s\); merged 2 raw profile\(s\) with \/usr\/bin\/llvm-profdata-22\./
    )
    expect(trained.outputs.report).toMatch(
      /- The profile holds \d+ function\(s\), \d+ of them executed in training\./
    )
    expect(trained.outputs.report).toContain(
      '- rustc found no profile data for 0 function(s) of the build.'
    )
    // The instrumented build and its raw profiles stayed out of the user's tree.
    expect(snapshot(dir)).toEqual(before)
    expect(allFiles(dir).filter((f) => /profraw|instrumented|profdata/.test(f))).toEqual([])
    // rustc lists the profile as an input: cargo and sccache see a changed profile.
    expect(depInfo(path.join(dir, 'target'))).toContain(profile)

    const plain = await runAction({ cwd: dir, inputs: inputs({}) })
    expect(plain.code).toBe(0)
    expect(plain.outputs['pgo-profile']).toBe('')
    const plainBinary = keep(binaryOf(plain))
    for (const args of WORKLOADS) {
      const ratio = instructions(trainedBinary, args) / instructions(plainBinary, args)
      // Measured here: 0.88 (collatz) and 0.90 (hash), the same in every run (`npm run bench`).
      expect(ratio).toBeLessThan(0.95)
    }
  })

  it('reuses the profile of an earlier run without training, to the same instruction count', async () => {
    const profile = trained.outputs['pgo-profile']
    const reused = await runAction({ cwd: dir, inputs: inputs({ 'pgo-profile': profile }) })
    expect(reused.code).toBe(0)
    expect(reused.stdout).not.toContain('PGO: instrumented build')
    expect(reused.outputs['pgo-profile']).toBe(profile)
    expect(reused.outputs.report).toContain(
      `- Built with the profile \`${profile}\` (input \`pgo-profile\`), no training.`
    )
    // Copied to a path as long as the trained copy's: the program's path is part of what it runs.
    const reusedBinary = keep(binaryOf(reused))
    for (const args of WORKLOADS)
      expect(instructions(reusedBinary, args)).toBe(instructions(trainedBinary, args))
    expect(snapshot(dir)).toEqual(before)
  })

  it('composes with another preset, the profile baseline, debug symbols and sccache, whose key tells profiles apart', async () => {
    const server = await startCacheServer()
    const profile = trained.outputs['pgo-profile']
    // A second, different profile: the same counts weighted twice.
    const other = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-pgo-other-')), 'other.profdata')
    execFileSync('llvm-profdata-22', ['merge', '--weighted-input=2,' + profile, '-o', other])
    const job = async (pgoProfile: string, benchmark = '') => {
      const runnerTemp = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-runner-')), 'temp')
      const more = {
        preset: 'size',
        baseline: 'profile',
        'debug-symbols': 'true',
        sccache: 'true',
        'pgo-profile': pgoProfile,
        benchmark
      }
      const env = server.env()
      const main = await runAction({
        cwd: dir,
        inputs: { ...inputs({}), ...more },
        env,
        runnerTemp
      })
      const post = await runAction({ entry: 'post', cwd: dir, env, state: main.state, runnerTemp })
      expect([main.code, post.code]).toEqual([0, 0])
      // The build without PGO that the benchmark timed is gone; the profile is the user's.
      const work = path.join(runnerTemp, 'rust-optimize-pgo')
      const left = existsSync(work) ? readdirSync(work, { recursive: true, encoding: 'utf8' }) : []
      expect(left.filter((f) => /without-pgo/.test(f))).toEqual([])
      return main
    }
    try {
      const first = await job(profile, 'pgo-interp collatz 20000')
      expect(JSON.parse(first.outputs.rustflags)).toEqual({
        'x86_64-unknown-linux-gnu': [
          `-Cprofile-use=${profile}`,
          '-Cllvm-args=-pgo-warn-missing-function'
        ]
      })
      const [artifact] = JSON.parse(first.outputs.artifacts) as { debugSymbols: string | null }[]
      expect(artifact.debugSymbols).toMatch(/pgo-interp\.debug$/)
      expect(first.outputs['baseline-size']).toMatch(/^\d+$/)
      expect(first.outputs.report).toContain('**Profile-guided optimization**')
      expect(first.outputs.report).toMatch(
        /^\| benchmark \| CPU time with PGO \/ without \(median of 5 interleaved rounds, range\) \|$/m
      )
      expect(first.outputs.report).toMatch(
        /^\| `pgo-interp collatz 20000` \| \d\.\d\d× \(\d\.\d\d–\d\.\d\d\), (within the noise|[\d.]+% less time|SLOWER by [\d.]+%.*) \|$/m
      )
      expect(first.stdout).toContain('::group::PGO: build without PGO for the benchmark')
      // The baseline is the profile untouched: no preset, no PGO.
      expect(depInfo(path.join(dir, 'target'))).toContain(profile)
      expect(depInfo(path.join(dir, 'target', 'rust-optimize-baseline'))).not.toContain('profdata')
      const second = await job(other)
      const keyOf = (run: ActionRun) => /cache key: (\S+)/.exec(run.stdout)?.[1]
      expect(keyOf(first)).toMatch(/^rust-optimize-sccache-v1-/)
      expect(keyOf(second)).toMatch(/^rust-optimize-sccache-v1-/)
      expect(keyOf(second)).not.toBe(keyOf(first))
      expect(snapshot(dir)).toEqual(before)
    } finally {
      await server.close()
    }
  })
})
