// The target-cpu input: lines that are blank once trimmed are skipped.
import { parseTargetCpu } from '../../src/cargo/target-cpu.js'

test.each([
  'a-b-c=x, ,d-e-f=y',
  'a-b-c=x\n   \nd-e-f=y',
  ' , a-b-c=x,d-e-f=y',
  'a-b-c=x\n\t,d-e-f=y'
])('blank lines in %p are skipped', (raw) => {
  expect(parseTargetCpu(raw)).toEqual({ mode: 'map', perTarget: { 'a-b-c': 'x', 'd-e-f': 'y' } })
})
