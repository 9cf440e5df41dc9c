/**
 * Jest for `npm run mutate`: only the fast unit tests of the pure decision modules, so that
 * StrykerJS never runs a mutant against a cargo build. Same transform as jest.config.js.
 */
import base from './jest.config.js'

export const UNIT_TESTS = [
  '__tests__/settings.test.ts',
  '__tests__/settings-table.test.ts',
  '__tests__/settings-edges.test.ts',
  '__tests__/action-yml.test.ts',
  '__tests__/inputs.test.ts',
  '__tests__/cargo/cfg-expr.test.ts',
  '__tests__/cargo/messages.test.ts',
  '__tests__/cargo/messages-table.test.ts',
  '__tests__/cargo/presets.test.ts',
  '__tests__/cargo/profile.test.ts',
  '__tests__/cargo/profile-table.test.ts',
  '__tests__/cargo/profile-values.test.ts',
  '__tests__/cargo/rustflags.test.ts',
  '__tests__/cargo/rustflags-table.test.ts',
  '__tests__/cargo/target-cpu.test.ts',
  '__tests__/cargo/target-cpu-auto.test.ts',
  '__tests__/pgo/inputs.test.ts',
  '__tests__/report/job-key-table.test.ts',
  '__tests__/report/outputs.test.ts',
  '__tests__/report/pr-comment-decisions.test.ts',
  '__tests__/report/pr-comment-table.test.ts',
  '__tests__/report/report.test.ts',
  '__tests__/report/report-table.test.ts',
  '__tests__/report/terminal.test.ts',
  '__tests__/report/size-record.test.ts',
  '__tests__/report/size-record-table.test.ts',
  '__tests__/report/sizes.test.ts',
  '__tests__/report/sizes-table.test.ts',
  '__tests__/sccache/prune-plan.test.ts',
  '__tests__/sccache/key.test.ts',
  '__tests__/sccache/release-stats.test.ts',
  '__tests__/sccache/release-pins.test.ts',
  '__tests__/sccache/units.test.ts',
  '__tests__/toolchain/cross-linker-plan.test.ts',
  '__tests__/toolchain/cross-linker-plan-table.test.ts',
  '__tests__/toolchain/cross-linker-config.test.ts',
  '__tests__/toolchain/cargo-rustc.test.ts',
  '__tests__/toolchain/triples.test.ts',
  '__tests__/toolchain/triples-table.test.ts',
  '__tests__/tune/inputs.test.ts',
  '__tests__/breakdown/units.test.ts',
  '__tests__/breakdown/demangle.test.ts',
  '__tests__/breakdown/crates.test.ts',
  '__tests__/breakdown/attribute.test.ts',
  '__tests__/breakdown/inputs.test.ts',
  '__tests__/cargo/any-rustflags.test.ts',
  '__tests__/cargo/rustflags-config.test.ts',
  '__tests__/pgo/plan.test.ts',
  '__tests__/tune/stats.test.ts',
  '__tests__/tune/candidates.test.ts',
  '__tests__/warm/plan.test.ts',
  '__tests__/warm/plan-edges.test.ts',
  '__tests__/warm/units.test.ts',
  '__tests__/pgo/plan-decisions.test.ts'
]

export default {
  ...base,
  testMatch: UNIT_TESTS.map((file) => `<rootDir>/${file}`),
  testTimeout: 30000,
  reporters: ['default']
}
