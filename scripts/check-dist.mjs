// Fails when dist/ differs from what `npm run bundle` makes from src/.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', '-s', 'bundle'], { stdio: 'inherit' })
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim() !== '') {
  process.stderr.write(`dist/ is stale; run \`npm run bundle\` and commit dist/:\n${status}`)
  process.exit(1)
}
process.stdout.write('dist/ matches a fresh bundle\n')
