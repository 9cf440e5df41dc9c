import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { OUTPUT_NAMES } from '../src/report/outputs.js'
import { INPUT_DEFAULTS, parseSettings } from '../src/settings.js'
import { ROOT } from './support/action.js'
import { testUnless } from './support/skip.js'

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}
/**
 * The public contract, when a copy is around: `RUST_OPTIMIZE_CONTRACT`, or `shared/contract.md` in
 * a directory above the checkout (worktrees sit deeper than the main checkout). Empty elsewhere.
 */
function findContract(): string {
  const candidates = [process.env.RUST_OPTIMIZE_CONTRACT ?? '']
  for (let dir = path.dirname(ROOT); path.dirname(dir) !== dir; dir = path.dirname(dir))
    candidates.push(path.join(dir, 'shared', 'contract.md'))
  const found = candidates.find((f) => f !== '' && existsSync(f))
  return found === undefined ? '' : readFileSync(found, 'utf8')
}
const contract = findContract()

/** `| \`name\` | default | meaning |` rows of one `## <section>` table of the contract. */
function contractRows(section: string): Map<string, string> {
  const body = contract.split(/^## /m).find((s) => s.startsWith(`${section}\n`)) ?? ''
  const rows = new Map<string, string>()
  for (const m of body.matchAll(/^\| `([a-z-]+)` \|([^|]*)\|/gm)) rows.set(m[1], m[2].trim())
  return rows
}

/**
 * Rows of "New inputs and outputs": names the contract has fixed for this round's issues. An
 * input may be declared once it works, before its issue lands and its row moves up.
 */
function newContractRows(kind: 'input' | 'output'): Map<string, string> {
  const body = contract.split(/^## /m).find((s) => s.startsWith('New inputs and outputs')) ?? ''
  const [inputs, outputs = ''] = body.split(/^\| output \|/m)
  const rows = new Map<string, string>()
  for (const m of (kind === 'input' ? inputs : outputs).matchAll(/^\| `([a-z-]+)` \|([^|]*)\|/gm))
    rows.set(m[1], m[2].trim())
  return rows
}

describe('action.yml', () => {
  it('declares every input with the default the settings parser uses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort())
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(spec.description.length).toBeGreaterThan(10)
      const expected = name === 'github-token' ? '${{ github.token }}' : INPUT_DEFAULTS[name]
      expect([name, String(spec.default ?? '')]).toEqual([name, expected])
    }
  })

  it('declares exactly the inputs the settings parser reads', () => {
    const read = new Set<string>()
    parseSettings(
      (name) => {
        read.add(name)
        return ''
      },
      path.join(ROOT, '__tests__', 'fixtures', 'report-bin'),
      'push'
    )
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('declares every output the action writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    for (const [name, spec] of Object.entries(action.outputs))
      expect([name, spec.description.length > 10]).toEqual([name, true])
  })

  it('runs on node24 with main and an always-run post step', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main.js',
      post: 'dist/post.js',
      'post-if': 'always()'
    })
  })

  const checkContract = testUnless(
    contract === ''
      ? 'no copy of shared/contract.md beside the checkout or in RUST_OPTIMIZE_CONTRACT'
      : null
  )
  checkContract('new rows of the contract are told apart from the main tables', () => {
    const inputs = newContractRows('input')
    for (const name of newContractRows('output').keys())
      expect([name, inputs.has(name)]).toEqual([name, false])
    // A name is in one place: a main table or the new rows, never both.
    for (const [section, kind] of [
      ['Inputs', 'input'],
      ['Outputs', 'output']
    ] as const)
      for (const name of newContractRows(kind).keys())
        expect([name, contractRows(section).has(name)]).toEqual([name, false])
  })

  checkContract('declares every input and output of the contract (when a copy is found)', () => {
    for (const name of contractRows('Inputs').keys())
      expect([name, name in action.inputs]).toEqual([name, true])
    for (const name of contractRows('Outputs').keys())
      expect([name, name in action.outputs]).toEqual([name, true])
  })

  checkContract('uses only names and defaults of the contract (when a copy is found)', () => {
    const inputs = new Map([...contractRows('Inputs'), ...newContractRows('input')])
    const outputs = new Map([...contractRows('Outputs'), ...newContractRows('output')])
    expect(contractRows('Inputs').size).toBeGreaterThan(20)
    expect(contractRows('Outputs').size).toBeGreaterThan(10)
    for (const name of Object.keys(action.inputs))
      expect([name, inputs.has(name)]).toEqual([name, true])
    for (const name of Object.keys(action.outputs))
      expect([name, outputs.has(name)]).toEqual([name, true])
    for (const [name, spec] of Object.entries(action.inputs)) {
      const cell = inputs.get(name) ?? ''
      // A literal default (`auto`) or none; prose such as "a pinned release" is not checked.
      const literal = cell === '' ? '' : /^`([^`]*)`$/.exec(cell)?.[1]
      if (literal !== undefined) expect([name, String(spec.default ?? '')]).toEqual([name, literal])
    }
  })
})
