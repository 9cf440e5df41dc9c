// Size records case by case: the plan per event, keys, the record text, what parsing accepts and
// refuses, the baseline a record gives, and the note when there is none.
import {
  noRecordNote,
  parseRecord,
  planRecord,
  recordBaseline,
  recordIdentity,
  recordKey,
  recordPrefix,
  recordText,
  type RecordPlan
} from '../../src/report/size-record.js'
import type { Artifact } from '../../src/report/sizes.js'

test.each([
  ['pull_request', true],
  ['pull_request_target', true],
  ['push', false],
  ['schedule', false],
  ['workflow_dispatch', false],
  ['pull_request_review', false],
  ['', false]
])('event %p: a pull request run is %p', (event, pr) => {
  const env = { GITHUB_EVENT_NAME: event, GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: 'topic' }
  expect(planRecord(env, true)).toEqual(
    pr
      ? {
          compareBranch: 'main',
          pullRequest: true,
          recordBranch: null,
          noRecordReason: 'pull request runs compare but do not record'
        }
      : { compareBranch: 'topic', pullRequest: false, recordBranch: 'topic', noRecordReason: null }
  )
})

test('plans without branch names', () => {
  expect(planRecord({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: '' }, true)).toEqual({
    compareBranch: null,
    pullRequest: true,
    recordBranch: null,
    noRecordReason: 'pull request runs compare but do not record'
  })
  expect(planRecord({ GITHUB_REF_NAME: '' }, true)).toEqual({
    compareBranch: null,
    pullRequest: false,
    recordBranch: null,
    noRecordReason: 'no GITHUB_REF_NAME'
  })
  expect(planRecord({}, false)).toMatchObject({ noRecordReason: 'save-cache is false' })
})

test('keys: one prefix per job and branch, one key per run attempt', () => {
  const identity = recordIdentity('job', 'ck')
  expect(identity).toBe('["job","ck"]')
  expect(recordIdentity('a","b', '')).not.toBe(recordIdentity('a', 'b","'))
  const prefix = recordPrefix(identity, 'main')
  expect(prefix).not.toBe(recordPrefix(recordIdentity('job', 'other'), 'main'))
  expect(prefix).not.toBe(recordPrefix(identity, 'dev'))
  expect(recordKey('p-', { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' }, 7)).toBe('p-42-3')
  expect(recordKey('p-', { GITHUB_RUN_ID: '', GITHUB_RUN_ATTEMPT: '' }, 7)).toBe('p-7-1')
  expect(recordKey('p-', {}, 1234)).toBe('p-1234-1')
})

function art(name: string, size: number, over: Partial<Artifact> = {}): Artifact {
  return {
    name,
    kind: 'bin',
    target: 't',
    path: `/x/${name}`,
    size,
    sha256: '',
    baseline: null,
    delta: null,
    debugSymbols: null,
    ...over
  }
}

test('the record text, with crates only when measured; it parses back', () => {
  const plain = recordText([art('a', 5), art('b', 6)], 'main', {
    GITHUB_SHA: '',
    GITHUB_RUN_ID: ''
  })
  expect(plain).toBe(
    '{\n  "version": 1,\n  "branch": "main",\n  "sha": null,\n  "runId": null,\n  "sizes": {\n    "t/a": 5,\n    "t/b": 6\n  }\n}\n'
  )
  const crates = [{ name: 'std', size: 4, baseline: null, delta: null }]
  const text = recordText([art('a', 5, { crates })], 'dev', {
    GITHUB_SHA: 'abcdef0123',
    GITHUB_RUN_ID: '9'
  })
  expect(JSON.parse(text)).toEqual({
    version: 1,
    branch: 'dev',
    sha: 'abcdef0123',
    runId: '9',
    sizes: { 't/a': 5 },
    crates: { 't/a': { std: 4 } }
  })
  expect(parseRecord(text)).toEqual(JSON.parse(text))
})

test.each([
  ['not json', /^not JSON \(/],
  ['null', 'not a version 1 record'],
  ['"text"', 'not a version 1 record'],
  ['{"version":2,"branch":"m","sizes":{}}', 'not a version 1 record'],
  ['{"version":"1","branch":"m","sizes":{}}', 'not a version 1 record'],
  ['{"version":1,"sizes":{}}', 'no branch'],
  ['{"version":1,"branch":3,"sizes":{}}', 'no branch'],
  ['{"version":1,"branch":"m"}', 'no sizes'],
  ['{"version":1,"branch":"m","sizes":null}', 'no sizes'],
  ['{"version":1,"branch":"m","sizes":[1]}', 'no sizes'],
  ['{"version":1,"branch":"m","sizes":"t/a"}', 'no sizes'],
  ['{"version":1,"branch":"m","sizes":{"a":1}}', 'bad size entry "a"'],
  ['{"version":1,"branch":"m","sizes":{"t/a":"1"}}', 'bad size entry "t/a"'],
  ['{"version":1,"branch":"m","sizes":{"t/a":-1}}', 'bad size entry "t/a"'],
  ['{"version":1,"branch":"m","sizes":{"t/a":1e300}}', 'bad size entry "t/a"']
])('parseRecord(%s) throws %p', (text, reason) => {
  expect(() => parseRecord(text)).toThrow(reason)
})

test('parseRecord keeps sha and run id only as strings, and crates only when well-formed', () => {
  const parse = (extra: string) =>
    parseRecord(`{"version":1,"branch":"m","sizes":{"t/a":0}${extra}}`)
  expect(parse(',"sha":"s","runId":"r"')).toMatchObject({ sha: 's', runId: 'r' })
  expect(parse(',"sha":1,"runId":2')).toMatchObject({ sha: null, runId: null })
  expect(parse(',"crates":{"t/a":{"std":3,"app":0}}').crates).toEqual({ 't/a': { std: 3, app: 0 } })
  expect(parse(',"crates":{}').crates).toEqual({})
  for (const bad of [
    'null',
    '[]',
    '3',
    '{"t/a":null}',
    '{"t/a":[1]}',
    '{"t/a":5}',
    '{"t/a":{"std":-1}}',
    '{"t/a":{"std":1.5}}',
    '{"t/a":{"std":"1"}}',
    '{"t/a":{"std":1},"t/b":{"x":-2}}'
  ]) {
    expect({ bad, record: parse(`,"crates":${bad}`) }).toEqual({
      bad,
      record: { version: 1, branch: 'm', sha: null, runId: null, sizes: { 't/a': 0 } }
    })
  }
})

test('the baseline a record gives, described', () => {
  const record = {
    version: 1 as const,
    branch: 'main',
    sha: null,
    runId: null,
    sizes: { 't/a': 1 }
  }
  expect(recordBaseline(record, false)).toEqual({
    description: 'the previous run on `main`',
    sizes: { 't/a': 1 }
  })
  expect(recordBaseline({ ...record, sha: '0123456789', runId: '77' }, true)).toEqual({
    description: 'base branch `main` (0123456, run 77)',
    sizes: { 't/a': 1 }
  })
  expect(recordBaseline({ ...record, runId: '77' }, true).description).toBe(
    'base branch `main` (run 77)'
  )
  expect(recordBaseline({ ...record, sha: 'abcdefghij' }, false).description).toBe(
    'the previous run on `main` (abcdefg)'
  )
  expect(recordBaseline({ ...record, crates: { 't/a': { std: 1 } } }, false).crates).toEqual({
    't/a': { std: 1 }
  })
})

test.each([
  [
    { compareBranch: null, pullRequest: true, recordBranch: null, noRecordReason: 'x' },
    'No baseline: the event names no base branch (GITHUB_BASE_REF).'
  ],
  [
    { compareBranch: null, pullRequest: false, recordBranch: null, noRecordReason: 'x' },
    'No baseline: no branch to look up (GITHUB_REF_NAME is not set).'
  ],
  [
    { compareBranch: 'main', pullRequest: true, recordBranch: null, noRecordReason: 'x' },
    'No size record of the base branch `main` yet. A run on `main` that is not a pull request (a push, a schedule or a manual run) records one, with `baseline: auto` and `save-cache: true`.'
  ],
  [
    { compareBranch: 'dev', pullRequest: false, recordBranch: 'dev', noRecordReason: null },
    'No earlier size record of `dev` yet; this run records one for the next run to compare with.'
  ],
  [
    {
      compareBranch: 'dev',
      pullRequest: false,
      recordBranch: null,
      noRecordReason: 'save-cache is false'
    },
    'No earlier size record of `dev` yet, and this run records none (save-cache is false).'
  ]
] as [RecordPlan, string][])('note %#', (plan, note) => {
  expect(noRecordNote(plan)).toBe(note)
})
