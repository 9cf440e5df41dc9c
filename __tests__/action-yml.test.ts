import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { OUTPUT_NAMES } from '../src/report/outputs.js'
import { INPUT_DEFAULTS } from '../src/settings.js'
import { ROOT } from './support/action.js'

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}
const contractFile = path.join(ROOT, '..', 'shared', 'contract.md')
const contract = existsSync(contractFile) ? readFileSync(contractFile, 'utf8') : ''

describe('action.yml', () => {
  it('declares every input with the default the settings parser uses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description.length).toBeGreaterThan(10)
      const expected = name === 'github-token' ? '${{ github.token }}' : INPUT_DEFAULTS[name]
      expect([name, String(spec.default ?? '')]).toEqual([name, expected])
    }
  })

  it('declares every output the action writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  it('runs on node24 with main and an always-run post step', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main.js',
      post: 'dist/post.js',
      'post-if': 'always()'
    })
  })

  it('matches the names in the contract when the contract is beside the checkout', () => {
    if (!contract) return
    const names = [...contract.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
    for (const name of names) {
      if (
        [
          'speed',
          'size',
          'balanced',
          'quick',
          'lambda',
          'none',
          'opt-level',
          'lto',
          'codegen-units',
          'panic',
          'strip',
          'debug'
        ].includes(name)
      )
        continue
      expect([name, name in action.inputs || name in action.outputs]).toEqual([name, true])
    }
  })
})
