import { planProfile } from '../../src/cargo/profile.js'
import { renderReport, type ReportData } from '../../src/report/report.js'
import {
  applyBaseline,
  overBudget,
  summarize,
  type Artifact,
  type Baseline
} from '../../src/report/sizes.js'
import type { RustflagsPlan } from '../../src/cargo/rustflags.js'
import { parseSizeBudget } from '../../src/report/size-budget.js'

const T = 'x86_64-unknown-linux-gnu'
function art(name: string, size: number, kind: Artifact['kind'] = 'bin'): Artifact {
  return {
    name,
    kind,
    target: T,
    path: `/w/target/${T}/release/${name}`,
    size,
    sha256: `${name[0]}`.repeat(64),
    baseline: null,
    delta: null,
    debugSymbols: null
  }
}

const plan = planProfile(
  {
    chain: ['release'],
    settings: { 'opt-level': { value: 2, origin: 'Cargo.toml [profile.release]' } }
  },
  { profile: 'release', preset: 'speed', overrides: {}, respectUserProfile: true }
)
const flags: RustflagsPlan[] = [
  {
    triple: T,
    added: ['-C', 'target-cpu=x86-64-v3'],
    cpu: 'x86-64-v3',
    cpuSkipped: null,
    placement: 'CARGO_TARGET_RUSTFLAGS',
    env: {},
    userFlags: []
  }
]

function data(artifacts: Artifact[], baseline: Baseline | null, budget: string | null): ReportData {
  const applied = applyBaseline(artifacts, baseline)
  const summary = summarize(applied, baseline)
  const b = budget === null ? null : parseSizeBudget(budget)
  return {
    preset: 'speed',
    profile: 'release',
    artifacts: applied,
    summary,
    baseline,
    baselineNote: baseline === null ? 'No size record of `main` yet.' : null,
    plan,
    rustflags: flags,
    rustc: 'rustc 1.95.0 (59807616e 2026-04-14)',
    cache: null,
    budget: b === null ? null : { raw: b.raw, exceeded: overBudget(summary, b) },
    notes: []
  }
}

const PROFILE = `<details><summary>Profile <code>release</code> in effect</summary>

| key | value | source |
|---|---|---|
| \`opt-level\` | \`2\` | user (Cargo.toml [profile.release]) |
| \`lto\` | \`"fat"\` | preset |
| \`codegen-units\` | \`1\` | preset |
| \`panic\` | \`"abort"\` | preset |
| \`strip\` | \`"symbols"\` | preset |
| \`debug\` | \`false\` | preset |
| \`debug-assertions\` | \`false\` | default |
| \`overflow-checks\` | \`false\` | default |
| \`incremental\` | \`false\` | default |
| \`rpath\` | \`false\` | default |

- preset \`opt-level = 3\` not applied: set by you in Cargo.toml [profile.release]

</details>`

const FLAGS = `- \`${T}\`: rustflags added: \`-C target-cpu=x86-64-v3\` (via CARGO_TARGET_RUSTFLAGS)
  - CPU floor: x86-64-v3: AVX2, BMI1/2, FMA, MOVBE (Intel Haswell 2013+, AMD Excavator/Zen 2015+). Older CPUs stop with SIGILL.`

const PANIC = `> [!WARNING]
> This build uses \`panic = "abort"\`: a panic ends the process at once, and \`catch_unwind\` no longer catches (a panicking thread or async task aborts the whole program). To keep unwinding, add \`overrides: panic = "unwind"\`.`

const BASE: Baseline = {
  description: '`main` (abc1234)',
  sizes: { [`${T}/app`]: 400_000, [`${T}/tool`]: 100_000, [`${T}/old`]: 5000 }
}
const ARTIFACTS = [art('app', 410_240), art('tool', 100_000), art('libfast.so', 2048, 'cdylib')]
const CHECKSUMS = `<details><summary>Checksums (sha256)</summary>

\`\`\`text
${'a'.repeat(64)}  ${T}/app
${'t'.repeat(64)}  ${T}/tool
${'l'.repeat(64)}  ${T}/libfast.so
\`\`\`

</details>`

test('with a baseline: verdict, changed rows, new and removed rows, unchanged rows collapsed, totals', () => {
  expect(renderReport(data(ARTIFACTS, BASE, '+2%')))
    .toBe(`**rust-optimize** · preset \`speed\` · 3 artifacts, 500.3 KiB · +7.1 KiB (+1.44%) vs \`main\` (abc1234) · ✅ within the size budget \`+2%\`

${PANIC}

### \`${T}\`

| artifact | kind | size | delta | delta % | sha256 |
|---|---|--:|--:|--:|---|
| \`app\` | bin | 400.6 KiB | +10.0 KiB | +2.56% | \`aaaaaaaaaaaa\` |
| \`libfast.so\` | cdylib | 2.0 KiB | new | — | \`llllllllllll\` |
| ~~\`old\`~~ | | removed | −4.9 KiB | −100.00% | |

<details><summary>1 unchanged artifact</summary>

| artifact | kind | size | delta | delta % | sha256 |
|---|---|--:|--:|--:|---|
| \`tool\` | bin | 97.7 KiB | 0 B | 0% | \`tttttttttttt\` |

</details>

Total for \`${T}\`: **500.3 KiB** (+7.1 KiB)

**Total: 500.3 KiB** · baseline 493.2 KiB · +7.1 KiB (+1.44%)

${FLAGS}

${PROFILE}

${CHECKSUMS}

<sub>rustc 1.95.0 (59807616e 2026-04-14)</sub>
`)
})

test('over the budget: the verdict says so and a caution names what grew', () => {
  const text = renderReport(data(ARTIFACTS, BASE, '+1KiB'))
  expect(text.split('\n').slice(0, 5).join('\n'))
    .toBe(`**rust-optimize** · preset \`speed\` · 3 artifacts, 500.3 KiB · +7.1 KiB (+1.44%) vs \`main\` (abc1234) · ❌ over the size budget \`+1KiB\`

> [!CAUTION]
> The total grew more than the size budget \`+1KiB\`. Grew: \`${T}/app\` +10.0 KiB, \`${T}/libfast.so\` new.
`)
})

test('without a baseline: says why and how to get one; the budget is not checked', () => {
  expect(renderReport(data(ARTIFACTS, null, '+2%')))
    .toBe(`**rust-optimize** · preset \`speed\` · 3 artifacts, 500.3 KiB · no baseline to compare with

${PANIC}

### \`${T}\`

| artifact | kind | size | delta | delta % | sha256 |
|---|---|--:|--:|--:|---|
| \`app\` | bin | 400.6 KiB | — | — | \`aaaaaaaaaaaa\` |
| \`tool\` | bin | 97.7 KiB | — | — | \`tttttttttttt\` |
| \`libfast.so\` | cdylib | 2.0 KiB | — | — | \`llllllllllll\` |

Total for \`${T}\`: **500.3 KiB**

**Total: 500.3 KiB**

_No size record of \`main\` yet._

Size budget \`+2%\` not checked: there is no baseline.

${FLAGS}

${PROFILE}

${CHECKSUMS}

<sub>rustc 1.95.0 (59807616e 2026-04-14)</sub>
`)
})

test('no change, sccache stats and debug symbols', () => {
  const same: Baseline = {
    description: 'the previous run on `main`',
    sizes: { [`${T}/app`]: 1000 }
  }
  const d = data(
    [{ ...art('app', 1000), debugSymbols: `/w/target/${T}/release/app.debug` }],
    same,
    null
  )
  d.cache = { hitRate: 87.5, hits: 7, misses: 1, backend: 'local' }
  const text = renderReport(d)
  expect(text.split('\n')[0]).toBe(
    '**rust-optimize** · preset `speed` · 1 artifact, 1000 B · no size change vs the previous run on `main`'
  )
  expect(text).toContain(`<details><summary>1 unchanged artifact</summary>`)
  expect(text).not.toContain(
    '| artifact | kind | size | delta | delta % | sha256 |\n|---|---|--:|--:|--:|---|\n\n<details>'
  )
  expect(text).toContain('\nsccache (local): hit rate 87.5%, 7 hits, 1 misses\n')
  expect(text).toContain(
    `\nDebug symbols, kept out of the shipped files:\n- \`${T}/app\`: \`app.debug\`\n`
  )
})
