// The start-up promise (issue: at most 300 ms over a no-op cargo build) depends on what the entry
// points load before they do anything. These tests read dist/ as the runner would load it: the
// modules reached by static imports from main.js and post.js, not those behind `import()`.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { STATE_NAME, STOP_STATE_NAME } from '../src/sccache/state-names.js'
import { WARM_STATE } from '../src/warm/inputs.js'

const DIST = path.join(process.cwd(), 'dist')

/** The files `entry` loads before its first line runs (static imports, transitively). */
function staticGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const text = readFileSync(file, 'utf8')
    seen.set(file, text)
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;()]*?["'](\.{1,2}\/[^"']+)["']/gm))
      visit(path.resolve(path.dirname(file), m[1]))
  }
  visit(path.join(DIST, entry))
  return seen
}

/** The packages esbuild bundled into `text` (its `// node_modules/<pkg>/...` markers). */
function packagesIn(text: string): Set<string> {
  const found = new Set<string>()
  for (const m of text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) found.add(m[1])
  return found
}

/**
 * What `entry` loads as it starts: its static graph, and that of each module it imports at its top
 * level (`await import` at the start of a line: main.js loads the pipeline right after it started
 * the toolchain probes). A dynamic import inside a branch (post.js) is not followed.
 */
function startGraph(entry: string): Map<string, string> {
  const graph = staticGraph(entry)
  const text = graph.get(path.join(DIST, entry)) ?? ''
  for (const m of text.matchAll(
    /^(?:var|const|let)?[^\n]*?= await import\(["'](\.{1,2}\/[^"']+)["']\)/gm
  ))
    for (const [file, t] of staticGraph(path.relative(DIST, path.resolve(DIST, m[1]))))
      graph.set(file, t)
  return graph
}

test('main loads no HTTP stack and no cache client before it runs', () => {
  const graph = startGraph('main.js')
  expect(graph.size).toBeGreaterThan(staticGraph('main.js').size) // the pipeline's import is followed
  const packages = new Set([...graph.values()].flatMap((text) => [...packagesIn(text)]))
  expect(packages).toContain('@actions/core') // the graph is read, not empty
  for (const heavy of ['undici', '@actions/http-client', '@actions/cache', '@azure/storage-blob'])
    expect(packages).not.toContain(heavy)
})

test('post loads nothing but itself until it finds state to act on', () => {
  const graph = staticGraph('post.js')
  expect([...graph.keys()].map((f) => path.relative(DIST, f))).toEqual(['post.js'])
  expect(readFileSync(path.join(DIST, 'post.js'), 'utf8')).toMatch(/await import\(/)
})

test('post checks every state the main step saves', () => {
  const text = readFileSync(path.join(DIST, 'post.js'), 'utf8')
  const names = text.match(/STATES = \[([^\]]*)\]/)?.[1] ?? ''
  const listed = [...names.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]).sort()
  expect(listed).toEqual([STATE_NAME, STOP_STATE_NAME, WARM_STATE].sort())
})
