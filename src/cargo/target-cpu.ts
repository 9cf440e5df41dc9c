// The target-cpu input: auto, none, one CPU for every target, or a CPU per target triple.
import { InputError } from '../inputs.js'
import { TRIPLE_PATTERN } from '../toolchain/triples.js'

export type TargetCpu =
  | { mode: 'auto' }
  | { mode: 'none' }
  | { mode: 'cpu'; cpu: string }
  | { mode: 'map'; perTarget: Record<string, string> }

const CPU_NAME = /^[A-Za-z0-9_.+-]+$/
export function parseTargetCpu(raw: string): TargetCpu {
  const value = raw.trim()
  if (value === '' || value === 'auto') return { mode: 'auto' }
  if (value === 'none') return { mode: 'none' }
  const accepted =
    "expected 'auto', 'none', one CPU name (such as 'x86-64-v3'), or lines 'triple=cpu'"
  if (!value.includes('=')) {
    if (!CPU_NAME.test(value)) throw new InputError('target-cpu', raw, accepted)
    return { mode: 'cpu', cpu: value }
  }
  const perTarget: Record<string, string> = {}
  for (const line of value.split(/[\n,]+/).map((l) => l.trim())) {
    if (line === '') continue
    const match = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(line)
    if (match === null || !TRIPLE_PATTERN.test(match[1]) || !CPU_NAME.test(match[2])) {
      throw new InputError('target-cpu', raw, `${accepted}; line '${line}' is not 'triple=cpu'`)
    }
    perTarget[match[1]] = match[2]
  }
  return { mode: 'map', perTarget }
}
