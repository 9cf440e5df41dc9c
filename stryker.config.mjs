// `npm run mutate`: StrykerJS over the pure decision modules, against their unit tests only.
// The JSON report goes to reports/mutation/; scripts/mutation-score.mjs prints the scores.

/** The decision modules under mutation (pure: data in, data out). */
export const DECISION_MODULES = [
  'src/settings.ts',
  'src/inputs.ts',
  'src/cargo/target-cpu.ts',
  'src/report/size-budget.ts',
  'src/cargo/cfg-expr.ts',
  'src/cargo/messages.ts',
  'src/cargo/presets.ts',
  'src/cargo/profile.ts',
  'src/cargo/profile-values.ts',
  'src/cargo/rustflags.ts',
  'src/report/pr-comment.ts',
  'src/report/report.ts',
  'src/report/size-record.ts',
  'src/report/sizes.ts',
  'src/sccache/key.ts',
  'src/sccache/prune-plan.ts',
  'src/sccache/release.ts',
  'src/sccache/stats.ts',
  'src/toolchain/cargo-rustc.ts',
  'src/toolchain/cross-linker-plan.ts',
  'src/toolchain/triples.ts',
  'src/breakdown/attribute.ts',
  'src/breakdown/crates.ts',
  'src/breakdown/demangle.ts',
  'src/breakdown/demangle-v0.ts',
  'src/breakdown/elf.ts',
  'src/breakdown/inputs.ts',
  'src/breakdown/link-map.ts',
  'src/breakdown/report.ts',
  'src/cargo/rustflags-config.ts',
  'src/pgo/plan.ts',
  'src/report/job-key.ts',
  'src/report/outputs.ts',
  'src/report/terminal.ts',
  'src/tune/candidates.ts',
  'src/tune/evidence.ts',
  'src/tune/inputs.ts',
  'src/tune/stats.ts',
  'src/warm/inputs.ts',
  'src/warm/plan.ts',
  'src/warm/units.ts'
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: process.env.MUTATE ? process.env.MUTATE.split(',') : DECISION_MODULES,
  ignorePatterns: ['dist', 'examples', 'reports', 'coverage', '**/target', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // scripts/mutation-score.mjs prints the score per module and fails the run below 85%.
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
