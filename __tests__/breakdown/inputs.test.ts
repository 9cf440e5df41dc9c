// The size-breakdown input: every accepted spelling, surrounding blanks, and the error.
import { readSizeBreakdown } from '../../src/breakdown/inputs.js'

test.each([
  ['', true],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  [' true\n', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['  FALSE ', false]
])('size-breakdown %j is %s', (raw, value) => {
  expect(readSizeBreakdown(() => raw)).toBe(value)
})

test('any other value names the input and keeps it as given', () => {
  expect(() => readSizeBreakdown(() => ' yes ')).toThrow(
    `Input 'size-breakdown' has an invalid value " yes ": expected 'true' or 'false'`
  )
})
