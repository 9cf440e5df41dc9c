// The report's smaller parts, one at a time: rustc folded, sccache lines, notes, tune and PGO
// sections, flags without a CPU, no artifacts, several targets, and the verdict's wording.
import { planProfile } from '../../src/cargo/profile.js'
import { renderReport, type ReportData } from '../../src/report/report.js'
import { applyBaseline, summarize, type Artifact, type Baseline } from '../../src/report/sizes.js'
import { artifact as art, HOST_TRIPLE } from '../support/artifacts.js'

const T = HOST_TRIPLE
const A = 'aarch64-unknown-linux-gnu'
const none = planProfile(
  { chain: ['release'], settings: {} },
  { profile: 'dist', preset: 'none', overrides: {}, respectUserProfile: true }
)

function data(artifacts: Artifact[], baseline: Baseline | null, over: Partial<ReportData> = {}) {
  const applied = applyBaseline(artifacts, baseline)
  const d: ReportData = {
    preset: 'none',
    profile: 'dist',
    artifacts: applied,
    summary: summarize(applied, baseline),
    baseline,
    baselineNote: null,
    plan: none,
    rustflags: [],
    rustc: 'rustc 1.95.0',
    cache: null,
    budget: null,
    notes: [],
    ...over
  }
  return d
}
const verdict = (text: string): string => text.split('\n')[0]

test('rustc -vV: one line as is, several folded under the first', () => {
  expect(renderReport(data([art('a', 1)], null)).endsWith('\n<sub>rustc 1.95.0</sub>\n')).toBe(true)
  const text = renderReport(data([art('a', 1)], null, { rustc: 'rustc 1.95.0\nhost: x\n' }))
  expect(
    text.endsWith(
      '<details><summary><sub>rustc 1.95.0</sub></summary>\n\n```\nrustc 1.95.0\nhost: x\n```\n\n</details>\n'
    )
  ).toBe(true)
})

test('the verdict: singular, plural, baseline name, budget', () => {
  expect(verdict(renderReport(data([art('a', 1)], null)))).toBe(
    '**rust-optimize** · preset `none` · 1 artifact, 1 B · no baseline to compare with'
  )
  expect(verdict(renderReport(data([], null)))).toBe(
    '**rust-optimize** · preset `none` · 0 artifacts, 0 B · no baseline to compare with'
  )
  const base = { description: '`main`', sizes: { [`${T}/a`]: 1 } }
  const grown = data([art('a', 3)], base, { budget: { raw: '+5', exceeded: false } })
  expect(verdict(renderReport(grown))).toBe(
    '**rust-optimize** · preset `none` · 1 artifact, 3 B · +2 B (+200.00%) vs `main` · ✅ within the size budget `+5`'
  )
  const unknown = data([art('a', 1)], base, { budget: { raw: '+5', exceeded: null } })
  expect(verdict(renderReport(unknown))).toBe(
    '**rust-optimize** · preset `none` · 1 artifact, 1 B · no size change vs `main`'
  )
  expect(renderReport(unknown)).toContain(
    '\n\nSize budget `+5` not checked: there is no baseline.\n\n'
  )
})

test('over the budget with nothing that grew: the caution names nothing', () => {
  const base = { description: '`main`', sizes: { [`${T}/a`]: 1 } }
  const text = renderReport(data([art('a', 1)], base, { budget: { raw: '0', exceeded: true } }))
  expect(text).toContain('\n\n> [!CAUTION]\n> The total grew more than the size budget `0`.\n\n')
})

test('sccache: a rate or n/a, and a note when there is one', () => {
  const text = (cache: ReportData['cache']) => renderReport(data([art('a', 1)], null, { cache }))
  expect(text({ hitRate: null, hits: 0, misses: 0, backend: 'gha' })).toContain(
    '\n\nsccache (gha): hit rate n/a, 0 hits, 0 misses\n\n'
  )
  expect(text({ hitRate: 50, hits: 1, misses: 1, backend: 'env', note: 'cold' })).toContain(
    '\n\nsccache (env): hit rate 50%, 1 hits, 1 misses — cold\n\n'
  )
  expect(text(null)).not.toContain('sccache')
})

test('notes, tune and PGO sections, and the profile table of the named profile', () => {
  const text = renderReport(
    data([art('a', 1)], null, {
      notes: ['first note', 'second note'],
      tuning: ['### tune', 'winner: speed'],
      pgo: ['### PGO', 'trained']
    })
  )
  expect(text).toContain('\n\n- first note\n- second note\n\n<sub>')
  expect(text).toContain('\n\n### tune\nwinner: speed\n\n')
  expect(text).toContain('\n</details>\n\n### PGO\ntrained\n')
  expect(text).toContain('<details><summary>Profile <code>dist</code> in effect</summary>')
  expect(text).toContain('| `opt-level` | `3` | default |')
  expect(text).not.toContain('split-debuginfo')
  const bare = renderReport(data([art('a', 1)], null, { tuning: null, pgo: null }))
  expect(bare).not.toMatch(/### (tune|PGO)/)
})

test('flags: none added, and a CPU the user already chose', () => {
  const text = renderReport(
    data([art('a', 1)], null, {
      rustflags: [
        {
          triple: A,
          added: [],
          cpu: null,
          cpuSkipped: 'your rustflags already set -Ctarget-cpu=native',
          placement: 'RUSTFLAGS',
          env: {},
          userFlags: []
        }
      ]
    })
  )
  expect(text).toContain(
    `\n\n- \`${A}\`: rustflags added: none\n  - no target-cpu added: your rustflags already set -Ctarget-cpu=native\n\n`
  )
  expect(text).not.toContain('CPU floor')
})

test('no artifacts: said so, and no checksums', () => {
  const text = renderReport(data([], null))
  expect(text).toContain('\n\nNo artifacts (bin, cdylib, dylib, staticlib) were built.\n\n')
  expect(text).not.toContain('Checksums')
  expect(renderReport(data([art('a', 1)], null))).not.toContain('No artifacts')
})

test('one section per target, totals against that target only; a target only in the baseline', () => {
  const base = {
    description: '`main`',
    sizes: { [`${T}/a`]: 10, [`${A}/b`]: 100, 'armv7-unknown-linux-gnueabihf/c': 7 }
  }
  const text = renderReport(data([art('a', 12), art('b', 90, { target: A })], base))
  expect(text).toContain(`### \`${T}\``)
  expect(text).toContain(`Total for \`${T}\`: **12 B** (+2 B)`)
  expect(text).toContain(`Total for \`${A}\`: **90 B** (−10 B)`)
  expect(text).toContain(
    '### `armv7-unknown-linux-gnueabihf`\n\n| artifact | kind | size | delta | delta % | sha256 |\n|---|---|--:|--:|--:|---|\n| ~~`c`~~ | | removed | −7 B | −100.00% | |\n\nTotal for `armv7-unknown-linux-gnueabihf`: **0 B** (−7 B)'
  )
  expect(text.indexOf(`### \`${T}\``)).toBeLessThan(text.indexOf(`### \`${A}\``))
  expect(text).not.toContain('unchanged artifact')
  const two = renderReport(
    data([art('a', 10), art('d', 5)], {
      description: 'x',
      sizes: { [`${T}/a`]: 10, [`${T}/d`]: 5 }
    })
  )
  expect(two).toContain('<details><summary>2 unchanged artifacts</summary>')
  expect(two).not.toContain('|---|---|--:|--:|--:|---|\n\n<details><summary>2')
  expect(two).toContain('\n\n<details><summary>2 unchanged artifacts</summary>\n\n| artifact')
})

test('blank lines never pile up', () => {
  const text = renderReport(data([art('a', 1)], null, { tuning: ['', '', 'x', '', ''] }))
  expect(text).not.toMatch(/\n\n\n/)
  expect(text.startsWith('**rust-optimize**')).toBe(true)
  expect(text.endsWith('</sub>\n')).toBe(true)
})
