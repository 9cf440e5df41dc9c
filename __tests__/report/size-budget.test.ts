// size-budget end to end: the step fails after reporting when the total grew more than the budget
// over the baseline, and passes at exactly the budget. The baseline is the untouched profile
// (`baseline: profile`); `overrides: debug = 1` makes this run's binary grow.
import { runAction, type ActionRun } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'

let project: string
const T = 'x86_64-unknown-linux-gnu'

beforeAll(() => {
  project = copyFixture('report-bin')
})

function run(budget: string): Promise<ActionRun> {
  return runAction({
    cwd: project,
    inputs: {
      preset: 'none',
      'target-cpu': 'none',
      sccache: 'false',
      baseline: 'profile',
      overrides: 'debug = 1',
      targets: T,
      'size-budget': budget
    }
  })
}

test('fails above the budget, after writing outputs and summary, naming what grew', async () => {
  const over = await run('0')
  expect(over.code).toBe(1)
  const delta = Number(over.outputs['size-delta'])
  const base = Number(over.outputs['baseline-size'])
  expect(delta).toBeGreaterThan(0)
  expect(Number(over.outputs['total-size'])).toBe(base + delta)
  // The runner decodes %25 in workflow commands back to %.
  expect(over.stdout.replace(/%25/g, '%')).toMatch(
    new RegExp(
      `::error::The total size grew \\+[^(]+\\(${delta} bytes, \\+[0-9.]+%\\) over the baseline, more than the size budget 0\\. Grew: ${T}/report-bin \\+`
    )
  )
  expect(over.outputs.report.split('\n')[0]).toContain('❌ over the size budget `0`')
  expect(over.summary).toContain('> [!CAUTION]')

  // Bytes: exactly the growth passes, one byte less fails.
  const atEdge = await run(String(delta))
  expect(atEdge.code).toBe(0)
  expect(atEdge.outputs.report.split('\n')[0]).toContain(`✅ within the size budget \`${delta}\``)
  expect((await run(String(delta - 1))).code).toBe(1)

  // Percent, to six decimals: the smallest budget at or above the growth passes, the largest below fails.
  const micro = (BigInt(delta) * 100_000_000n) / BigInt(base) // floor of growth in millionths of a percent
  const exact = micro * BigInt(base) === BigInt(delta) * 100_000_000n
  const pct = (m: bigint): string =>
    `+${m / 1_000_000n}.${String(m % 1_000_000n).padStart(6, '0')}%`
  expect((await run(pct(exact ? micro : micro + 1n))).code).toBe(0)
  expect((await run(pct(exact ? micro - 1n : micro))).code).toBe(1)
})
