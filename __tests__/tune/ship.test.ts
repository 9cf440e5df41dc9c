// tune ships what it measured: which files are swapped, and what the report says about them.
import { shippedNote, swapNote, swapsFor, type KeptFiles } from '../../src/tune/ship.js'
import { artifact } from '../support/artifacts.js'

const shipped = [
  artifact('app', 1000, { sha256: '11'.repeat(32) }),
  artifact('same', 500),
  artifact('lib', 300, { kind: 'cdylib', sha256: '22'.repeat(32) }),
  artifact('alone', 10, { sha256: '33'.repeat(32) })
]
const measured = [
  artifact('app', 984, { path: '/k/0/app' }),
  artifact('same', 500, { path: '/k/1/same' }),
  artifact('lib', 300, { path: '/k/2/lib' })
]
const kept: KeptFiles = { dir: '/k', artifacts: measured }

test('a shipped file is swapped when the winner built the same kind and name with other bytes', () => {
  const swaps = swapsFor(shipped, measured)
  expect(swaps.map((s) => [s.shipped.name, s.measured.path])).toEqual([['app', '/k/0/app']])
  // Same name, another kind: not the same deliverable.
  expect(swapsFor([shipped[2]], measured)).toEqual([])
  expect(swapsFor([artifact('lib', 300, { sha256: '22'.repeat(32) })], measured)).toHaveLength(1)
  expect(swapNote(swaps, 'lto-fat')).toBe(
    "Shipped as measured: the rebuild in your target directory differed from candidate 'lto-fat' (its path is compiled in), so the candidate's own files were put in its place. app (x86_64-unknown-linux-gnu): 984 bytes, the rebuild 1000."
  )
  expect(swapNote([], 'lto-fat')).toBeNull()
})

test('the note names what is still not the winner, and why when something changed it after', () => {
  expect(shippedNote(shipped, kept, 'w', null)).toBe(
    "The shipped files are not candidate 'w''s own bytes: app (x86_64-unknown-linux-gnu) 1000 bytes, measured 984."
  )
  expect(
    shippedNote(
      shipped.slice(0, 1),
      kept,
      'w',
      'auditable adds their dependency list after the link'
    )
  ).toBe(
    "The shipped files are not candidate 'w''s own bytes (auditable adds their dependency list after the link): app (x86_64-unknown-linux-gnu) 1000 bytes, measured 984."
  )
  expect(shippedNote([shipped[1], shipped[3]], kept, 'w', 'x')).toBeNull()
})
