// The front door: README.md lists exactly what action.yml declares, stays short, and every page it
// links to exists.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './support/action.js'

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

/** The first cells of the rows of the table under `## <title>`. */
function table(title: string): string[][] {
  const body = readme.split(/^## /m).find((s) => s.startsWith(`${title}\n`)) ?? ''
  return [...body.matchAll(/^\| `([a-z-]+)` +\|([^|]*)\|/gm)].map((m) => [m[1], m[2].trim()])
}

test('the inputs table lists every input of action.yml, in order, with its default', () => {
  const rows = table('Inputs')
  expect(rows.map(([name]) => name)).toEqual(Object.keys(action.inputs))
  for (const [name, cell] of rows) {
    const d = String(action.inputs[name].default ?? '')
    expect([name, cell]).toEqual([name, d === '' ? '' : `\`${d}\``])
  }
})

test('the outputs table lists every output of action.yml, in order', () => {
  expect(table('Outputs').map(([name]) => name)).toEqual(Object.keys(action.outputs))
})

test('the README is short and links to at least four pages of docs/, all of which exist', () => {
  expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12_000)
  const links = [...readme.matchAll(/\]\((docs\/[^)#]+)(#[^)]*)?\)/g)].map((m) => m[1])
  expect(new Set(links).size).toBeGreaterThanOrEqual(4)
  for (const link of links) expect([link, existsSync(path.join(ROOT, link))]).toEqual([link, true])
  const pages = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))
  for (const page of pages) expect([page, links.includes(`docs/${page}`)]).toEqual([page, true])
})

test('no snippet hands a multi-line output straight to a shell line', () => {
  for (const file of [
    'README.md',
    ...readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)
  ]) {
    const text = readFileSync(path.join(ROOT, file), 'utf8')
    for (const m of text.matchAll(
      /^\s*(?:- )?run:.*\$\{\{\s*steps\.[\w-]+\.outputs\.(paths|report|artifacts)\s*\}\}/gm
    ))
      throw new Error(`${file}: ${m[0].trim()}`)
  }
})
