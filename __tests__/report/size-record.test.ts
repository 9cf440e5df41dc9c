// Size records of `baseline: auto`: which branch a run compares with, keys and parsing. Pure.
import {
  parseRecord,
  planRecord,
  recordIdentity,
  recordPrefix
} from '../../src/report/size-record.js'
import { defaultJobKey } from '../../src/report/job-key.js'

const T = 'x86_64-unknown-linux-gnu'
const prefix = (branch: string): string =>
  recordPrefix(
    recordIdentity(
      defaultJobKey({
        env: { GITHUB_JOB: 'build' },
        host: T,
        targets: [T],
        preset: 'none',
        features: [],
        allFeatures: false,
        noDefaultFeatures: false,
        packages: [],
        bins: [],
        toolchain: null
      }),
      ''
    ),
    branch
  )

describe('records', () => {
  test('which branch to compare with and whether to record', () => {
    expect(
      planRecord(
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_REF_NAME: '7/merge' },
        true
      )
    ).toEqual({
      compareBranch: 'main',
      pullRequest: true,
      recordBranch: null,
      noRecordReason: 'pull request runs compare but do not record'
    })
    expect(planRecord({ GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'dev' }, false)).toEqual({
      compareBranch: 'dev',
      pullRequest: false,
      recordBranch: null,
      noRecordReason: 'save-cache is false'
    })
  })
  test('branches never share a prefix, even when one name starts with the other', () => {
    expect(prefix('main').startsWith(prefix('mai'))).toBe(false)
    expect(prefix('main')).toMatch(/^rust-optimize-sizes-v1-[0-9a-f]{16}-[0-9a-f]{16}-$/)
  })
  test('parsing rejects what is not a record', () => {
    expect(() => parseRecord('[]')).toThrow('not a version 1 record')
    expect(() => parseRecord('{"version":1,"branch":"m","sizes":{"t/a":1.5}}')).toThrow(
      'bad size entry "t/a"'
    )
    expect(parseRecord('{"version":1,"branch":"m","sizes":{"t/a":15}}')).toEqual({
      version: 1,
      branch: 'm',
      sha: null,
      runId: null,
      sizes: { 't/a': 15 }
    })
  })
})
