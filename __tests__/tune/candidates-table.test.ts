// The candidate lists, whole, for every preset with target-cpu auto and not.
import {
  fingerprint,
  pgoCandidate,
  sizeCandidates,
  speedCandidates,
  type Candidate,
  type CandidateSpec
} from '../../src/tune/candidates.js'
import { PRESET_NAMES } from '../../src/cargo/presets.js'

const row = (s: CandidateSpec) => [s.name, s.keys, s.cpu]
const PRESET = ['preset', {}, 'as-set']

test('size: opt-level s and z, the other LTO, the other codegen-units, the preset without its CPU', () => {
  expect(sizeCandidates('speed', true).map(row)).toEqual([
    PRESET,
    ['opt-level "s"', { 'opt-level': 's' }, 'as-set'],
    ['opt-level "z"', { 'opt-level': 'z' }, 'as-set'],
    ['thin LTO', { lto: 'thin' }, 'as-set'],
    ['codegen-units 16', { 'codegen-units': 16 }, 'as-set'],
    ['without target-cpu', {}, 'off']
  ])
  expect(sizeCandidates('speed', false).map((s) => s.name)).not.toContain('without target-cpu')
  expect(sizeCandidates('size', true).map(row)).toEqual([
    PRESET,
    ['opt-level "s"', { 'opt-level': 's' }, 'as-set'],
    ['thin LTO', { lto: 'thin' }, 'as-set'],
    ['codegen-units 16', { 'codegen-units': 16 }, 'as-set']
  ])
  for (const preset of ['quick', 'none'] as const)
    expect(sizeCandidates(preset, true).map(row)).toEqual([
      PRESET,
      ['opt-level "s"', { 'opt-level': 's' }, 'as-set'],
      ['opt-level "z"', { 'opt-level': 'z' }, 'as-set'],
      ['fat LTO', { lto: 'fat' }, 'as-set'],
      ['codegen-units 1', { 'codegen-units': 1 }, 'as-set'],
      ...(preset === 'quick' ? [['without target-cpu', {}, 'off']] : [])
    ])
  for (const preset of PRESET_NAMES)
    expect(sizeCandidates(preset, true).length).toBeLessThanOrEqual(6)
})

test('speed: your profile, the preset, without its CPU, the other LTO', () => {
  expect(speedCandidates('speed', true)).toEqual([
    { name: 'your profile', keys: {}, cpu: 'off', control: true },
    { name: 'preset', keys: {}, cpu: 'as-set' },
    { name: 'preset without target-cpu', keys: {}, cpu: 'off' },
    { name: 'preset with thin LTO', keys: { lto: 'thin' }, cpu: 'as-set' }
  ])
  expect(speedCandidates('quick', false).map(row)).toEqual([
    ['your profile', {}, 'off'],
    PRESET,
    ['preset with fat LTO', { lto: 'fat' }, 'as-set']
  ])
  expect(speedCandidates('size', true).map((s) => s.name)).toEqual([
    'your profile',
    'preset',
    'preset with thin LTO'
  ])
})

test('the PGO candidate carries the training lines only when this run trained', () => {
  expect(pgoCandidate('/p/merged.profdata')).toEqual({
    name: 'preset with PGO',
    keys: {},
    cpu: 'as-set',
    pgoProfile: '/p/merged.profdata'
  })
  expect(pgoCandidate('/p/m.profdata', ['./app --train']).pgoTrain).toEqual(['./app --train'])
})

test('fingerprints ignore the order variables were set in, and tell values apart', () => {
  const c = (env: Record<string, string>, flags: Record<string, string>) =>
    ({ plan: { env }, flags: [{ env: flags }] }) as unknown as Candidate
  const a = c({ A: '1', B: '2' }, { X: 'y', Z: 'w' })
  expect(fingerprint(a)).toBe(fingerprint(c({ B: '2', A: '1' }, { Z: 'w', X: 'y' })))
  expect(fingerprint(a)).not.toBe(fingerprint(c({ A: '1', B: '3' }, { X: 'y', Z: 'w' })))
  expect(fingerprint(a)).not.toBe(fingerprint(c({ A: '1', B: '2' }, { X: 'y' })))
})
