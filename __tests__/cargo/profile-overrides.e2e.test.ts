// `overrides` win over every source, a `--config` of cargo-args included: built for real, rustc
// gets the override's value, and the log names where the value it replaced came from.
import { runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { callFor, flagsOf, rustcCalls } from '../support/rustc-lines.js'

describe('overrides against --config in cargo-args', () => {
  it('rustc gets the override; a --config key with no override still beats the preset', async () => {
    const dir = copyFixture('report-bin')
    const before = snapshot(dir)
    const run = await runAction({
      cwd: dir,
      inputs: {
        preset: 'speed',
        overrides: 'lto = "thin"',
        'cargo-args':
          '-v --config profile.release.lto=false --config profile.release.codegen-units=3',
        sccache: 'false',
        baseline: 'none',
        comment: 'false'
      }
    })
    expect(run.code).toBe(0)
    const codegen = flagsOf(callFor(rustcCalls(run.stdout), 'report_bin')).codegen
    expect(codegen.filter((f) => /^(lto|codegen-units)=/.test(f))).toEqual([
      'lto=thin',
      'codegen-units=3'
    ])
    expect(run.stdout).toContain(
      'lto = "thin" (override: replaces false from --config profile.release.lto=false [profile.release])'
    )
    expect(run.stdout).toContain(
      'preset codegen-units = 1 not applied: set by you with --config profile.release.codegen-units=3 [profile.release]'
    )
    expect(run.stdout).toMatch(
      /cargo build .*--config profile\.release\.codegen-units=3 --config profile\.release\.lto="thin"/
    )
    expect(JSON.parse(run.outputs.profile)).toMatchObject({
      lto: { value: 'thin', source: 'override' },
      'codegen-units': { value: 3, source: 'user' }
    })
    expect(snapshot(dir)).toEqual(before)
  })
})
