// `npm run mutate` covers every decision: a module of src/ that has no effects of its own and
// imports none (fs, processes, the network, the runner's toolkit, the clock, `await`) belongs in
// DECISION_MODULES. Both lists name only files that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// Plain JavaScript configs without declarations: imported by a path held in a variable.
const load = async (file: string) => (await import(file)) as Record<string, string[]>
const { DECISION_MODULES } = await load('../stryker.config.mjs')
const { UNIT_TESTS } = await load('../jest.mutate.config.js')

/** Modules with nothing to decide: named constants only. */
const NO_DECISIONS = ['src/sccache/state-names.ts']

const EFFECT_IMPORT =
  /^(node:(fs|child_process|os|http|https|net|readline|worker_threads)|@actions\/)/
const EFFECT_CODE = /\bprocess\.|\bawait\b|\bDate\.now\(|\bperformance\./

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : []
  )

/** The code alone: a comment that says `await` or `process.` has no effect. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')

/** The modules a file loads: imports and re-exports of values (types carry no effects). */
function valueImports(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
    const names = m[2].trim()
    const typesOnly =
      names.startsWith('{') &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => /^\s*(type\s|$)/.test(n))
    if (m[1] === undefined && !typesOnly) out.push(m[3])
  }
  // A re-export loads its module too.
  for (const m of text.matchAll(/^export\s+(type\s+)?(\{[^}]*\}|\*[^'\n]*?)\s+from\s+'([^']+)'/gm))
    if (m[1] === undefined) out.push(m[3])
  return out
}

function pureModules(): string[] {
  const files = sources('src').map((f) => f.split(path.sep).join('/'))
  const memo = new Map<string, boolean>()
  const effectful = (file: string): boolean => {
    const known = memo.get(file)
    if (known !== undefined) return known
    memo.set(file, false) // a cycle adds nothing
    const text = readFileSync(file, 'utf8')
    const result =
      EFFECT_CODE.test(withoutComments(text)) ||
      valueImports(text).some((spec) => {
        if (EFFECT_IMPORT.test(spec)) return true
        if (!spec.startsWith('.')) return false
        const target = path.posix.join(path.posix.dirname(file), spec.replace(/\.js$/, '.ts'))
        return existsSync(target) && effectful(target)
      })
    memo.set(file, result)
    return result
  }
  return files.filter((f) => !effectful(f)).sort()
}

describe('the mutation list', () => {
  it('holds every module of src without effects', () => {
    const missing = pureModules().filter(
      (f) => !DECISION_MODULES.includes(f) && !NO_DECISIONS.includes(f)
    )
    expect(missing).toEqual([])
  })

  it('finds the pure modules it is meant to find, and none that has effects', () => {
    const pure = pureModules()
    expect(pure).toEqual(
      expect.arrayContaining(['src/cargo/cfg-expr.ts', 'src/supply/cyclonedx.ts'])
    )
    for (const f of ['src/exec.ts', 'src/cargo/build.ts', 'src/supply/sbom.ts', 'src/tune/ship.ts'])
      expect(pure).not.toContain(f)
  })

  it('names only files that exist, and runs the SBOM unit tests', () => {
    for (const f of [...DECISION_MODULES, ...UNIT_TESTS])
      expect([f, existsSync(f)]).toEqual([f, true])
    expect(UNIT_TESTS).toEqual(
      expect.arrayContaining([
        '__tests__/supply/sbom.test.ts',
        '__tests__/supply/cyclonedx.test.ts'
      ])
    )
  })
})
