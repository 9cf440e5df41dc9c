// `tune: speed` with `pgo-profile`: the PGO build is one more candidate, timed like the others.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseEnv, runAction } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import { requireTool } from '../support/pgo.js'

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
