// The shared input parsers, value by value.
import { bool, InputError, lowerBool, oneOf, splitList } from '../src/inputs.js'

test.each([
  [' TRUE ', 'true'],
  ['False', 'false'],
  ['\ttrue\n', 'true'],
  // anything else comes back unchanged, so the error repeats what the user wrote
  [' TRUEx', ' TRUEx'],
  ['xFALSE ', 'xFALSE '],
  ['TRUE FALSE', 'TRUE FALSE'],
  ['Auto', 'Auto'],
  ['', '']
])('lowerBool(%p) is %p', (raw, expected) => {
  expect(lowerBool(raw)).toBe(expected)
})

test('bool, oneOf and splitList', () => {
  expect([bool('x', ' True'), bool('x', 'FALSE ')]).toEqual([true, false])
  expect(() => bool('locked', 'yes')).toThrow(
    new InputError('locked', 'yes', "expected 'true' or 'false'")
  )
  expect(oneOf('comment', ' auto ', ['auto', 'true'] as const)).toBe('auto')
  expect(() => oneOf('comment', 'x', ['auto', 'true'] as const)).toThrow(
    `Input 'comment' has an invalid value "x": expected one of 'auto', 'true'`
  )
  expect(splitList(' a,b\n\nc ,, d ')).toEqual(['a', 'b', 'c', 'd'])
})
