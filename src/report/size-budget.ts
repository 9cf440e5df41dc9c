// The size-budget input: how much the total may grow over the baseline.
import { InputError } from '../inputs.js'

export interface SizeBudget {
  /** Growth allowed over the baseline total. */
  unit: 'percent' | 'bytes'
  value: number
  raw: string
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3
}

export function parseSizeBudget(raw: string): SizeBudget | null {
  const value = raw.trim()
  if (value === '') return null
  const match = /^\+?\s*(\d+(?:\.\d+)?)\s*(%|[a-zA-Z]*)$/.exec(value)
  const unit = match?.[2].toLowerCase()
  if (match === null || unit === undefined || (unit !== '%' && !(unit in SIZE_UNITS))) {
    throw new InputError(
      'size-budget',
      raw,
      "expected a growth allowance such as '+2%', '+50KiB', '+1MB', '4096' or '0' (units: %, B, KiB, MiB, GiB, KB, MB, GB)"
    )
  }
  const number = Number(match[1])
  if (unit === '%') return { unit: 'percent', value: number, raw: value }
  return { unit: 'bytes', value: Math.round(number * SIZE_UNITS[unit]), raw: value }
}
