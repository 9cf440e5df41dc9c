// Reading inputs: the reader, the one error for bad input, and parsers shared by every input.
import { split as shellSplit } from 'shlex'

/** Reads one input's raw text ('' when unset). */
export type InputReader = (name: string) => string

export class InputError extends Error {
  constructor(input: string, value: string, accepted: string) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`)
    this.name = 'InputError'
  }
}

/** Splits a list input on whitespace, commas and newlines. */
export function splitList(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((s) => s !== '')
}

export function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim()
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, raw, `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`)
}

export function bool(input: string, raw: string): boolean {
  const value = raw.trim()
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(input, raw, "expected 'true' or 'false'")
}

/** `True`/`FALSE` as `bool` accepts them; anything else unchanged (so errors repeat it). */
export function lowerBool(raw: string): string {
  return /^\s*(true|false)\s*$/i.test(raw) ? raw.trim().toLowerCase() : raw
}

export function words(input: string, raw: string): string[] {
  try {
    return shellSplit(raw)
  } catch (error) {
    throw new InputError(
      input,
      raw,
      `expected arguments split as a POSIX shell splits words (${(error as Error).message})`
    )
  }
}
