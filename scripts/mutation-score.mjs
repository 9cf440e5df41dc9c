// Prints the mutation score of `npm run mutate` per decision module and over all of them, from
// StrykerJS's JSON report; exits 1 when the total or any single module is below the required
// score, naming those modules. Usage: node scripts/mutation-score.mjs [report.json ...]
// Several reports (runs of different MUTATE lists) are read as one; a module in more than one
// takes the last report's result; modules outside the list are left out. With none,
// reports/mutation/mutation.json.
import { readFileSync } from 'node:fs'
import { DECISION_MODULES } from '../stryker.config.mjs'

const REQUIRED = 85
const REPORTS = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json']
const DETECTED = new Set(['Killed', 'Timeout'])
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])

// Only the modules asked for: a report from before a module was renamed or dropped says nothing.
const wanted = new Set(process.env.MUTATE ? process.env.MUTATE.split(',') : DECISION_MODULES)
const files = Object.fromEntries(
  Object.entries(
    Object.assign({}, ...REPORTS.map((file) => JSON.parse(readFileSync(file, 'utf8')).files))
  ).filter(([file]) => wanted.has(file))
)
let detected = 0
let counted = 0
const rows = []
const failing = []
for (const [file, result] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const statuses = result.mutants.map((m) => m.status)
  const d = statuses.filter((s) => DETECTED.has(s)).length
  const c = statuses.filter((s) => COUNTED.has(s)).length
  const survived = statuses.filter((s) => s === 'Survived' || s === 'NoCoverage').length
  detected += d
  counted += c
  const score = c === 0 ? 100 : (100 * d) / c
  if (score < REQUIRED) failing.push(`${file} (${score.toFixed(1)}%)`)
  rows.push(
    `${score.toFixed(1).padStart(6)}%  ${String(c).padStart(5)} mutants  ${String(survived).padStart(4)} undetected  ${file}`
  )
}
const total = counted === 0 ? 100 : (100 * detected) / counted
console.log(`Mutation score per decision module (${REPORTS.join(', ')}):`)
for (const row of rows) console.log(row)
console.log(
  `Mutation score: ${total.toFixed(2)}% over ${rows.length} modules (required: ${REQUIRED}%)`
)
for (const module of failing) console.log(`Below ${REQUIRED}%: ${module}`)
// Without MUTATE every decision module must have been measured.
const missing = process.env.MUTATE ? [] : DECISION_MODULES.filter((m) => files[m] === undefined)
for (const module of missing) console.log(`Not measured: ${module}`)
if (total < REQUIRED || failing.length > 0 || missing.length > 0) process.exitCode = 1
