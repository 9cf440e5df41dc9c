// `npx` as a user runs it: the package as npm packs it (from this tree), and straight from the
// repository as a git dependency (from this checkout's HEAD), both offline with an npm cache of
// the test's own. The package carries dist/ (self-contained bundles) and no runtime dependency,
// so npm installs nothing else.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseEnv, ROOT } from './support/action.js'

function npmExec(spec: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...baseEnv(), npm_config_cache: mkdtempSync(path.join(os.tmpdir(), 'ro-npm-')) }
  const run = spawnSync(
    'npm',
    ['exec', '--yes', '--offline', `--package=${spec}`, '--', 'rust-optimize', '--help'],
    { cwd: os.tmpdir(), env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 120_000 }
  )
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

test('the packed package holds the bundles and needs no dependency', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
    files: string[]
    bin: Record<string, string>
  }
  expect(pkg.dependencies ?? {}).toEqual({})
  expect(pkg.bin).toEqual({ 'rust-optimize': 'dist/cli.js' })
  expect(pkg.files).toEqual(['dist', 'action.yml'])
})

test('npx runs the CLI from the packed package', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-pack-'))
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: ROOT,
    env: baseEnv() as NodeJS.ProcessEnv,
    encoding: 'utf8'
  }).trim()
  const run = npmExec(path.join(dir, name))
  expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
  expect(run.stdout).toContain('Usage: rust-optimize')
})

test('npx runs the CLI from the repository (github:org/rust-optimize-action is this, over HTTPS)', () => {
  const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-clone-')), 'repo')
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${ROOT}`, clone])
  const run = npmExec(`git+file://${clone}`)
  expect([run.status, run.stderr]).toEqual([0, expect.any(String)])
  expect(run.stdout).toContain('Usage: rust-optimize')
})
