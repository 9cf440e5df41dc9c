// The size-breakdown input.
import { InputError, type InputReader } from '../inputs.js'

/** `size-breakdown`: true (default) or false. */
export function readSizeBreakdown(input: InputReader): boolean {
  const raw = input('size-breakdown')
  const value = raw.trim()
  if (value === '' || ['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError('size-breakdown', raw, "expected 'true' or 'false'")
}
