// PGO's failures through the bundled action: each fails the step with one clear error, and the
// user's tree is left as it was.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { pathWithout, requireTool } from '../support/pgo.js'
import { DEAD_DIST_SERVER } from '../support/rust.js'

const inputs = (more: Record<string, string>) => ({
  preset: 'none',
  sccache: 'false',
  baseline: 'none',
  comment: 'false',
  ...more
})

/** The `::error::` lines of a run, newlines unescaped. */
function errors(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/** A merged profile of another program, cut short: it keeps the magic, so only rustc can tell. */
function truncatedProfile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-bad-profile-'))
  writeFileSync(
    path.join(dir, 'main.rs'),
    'fn main() { println!("{}", std::env::args().count()); }\n'
  )
  execFileSync('rustc', [`-Cprofile-generate=${dir}/raw`, 'main.rs', '-o', 'prog'], { cwd: dir })
  execFileSync(path.join(dir, 'prog'), {
    env: { ...process.env, LLVM_PROFILE_FILE: `${dir}/raw/p.profraw` }
  })
  execFileSync('llvm-profdata-22', ['merge', '-o', 'whole.profdata', 'raw'], { cwd: dir })
  const cut = path.join(dir, 'cut.profdata')
  writeFileSync(cut, readFileSync(path.join(dir, 'whole.profdata')).subarray(0, 200))
  return cut
}

describe('PGO failures', () => {
  beforeAll(() => requireTool('llvm-profdata-22'))

  async function failing(more: Record<string, string>, env: Record<string, string> = {}) {
    const dir = copyFixture('pgo-interp')
    const before = snapshot(dir)
    const run = await runAction({ cwd: dir, inputs: inputs(more), env })
    expect(run.code).toBe(1)
    expect(snapshot(dir)).toEqual(before)
    const leftovers = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /profraw|instrumented/.test(f)
    )
    expect(leftovers).toEqual([])
    return { run, dir, errors: errors(run) }
  }

  it('a training line that exits non-zero, naming pgo-train, the line and its exit code', async () => {
    const { errors: e } = await failing({
      'pgo-train': 'pgo-interp collatz 10\npgo-interp collatz ten'
    })
    expect(e).toEqual([
      "::error::Input 'pgo-train': the command 'pgo-interp collatz ten' exited with code 2:\nnot a number: ten"
    ])
  })

  it('training that writes no profile', async () => {
    const { errors: e } = await failing({ 'pgo-train': `${process.execPath} -e 0` })
    expect(e).toHaveLength(1)
    expect(e[0]).toMatch(
      /^::error::Input 'pgo-train': the commands ran \(.*\) but no \.profraw profile was written/
    )
  })

  it('a profile rustc would ignore (it only warns), before shipping a build without PGO', async () => {
    const profile = truncatedProfile()
    const { errors: e } = await failing({ 'pgo-profile': profile })
    expect(e).toEqual([
      `::error::PGO: rustc ignored the profile ("${profile}: malformed instrumentation profile data: corrupted binary ids"), so the build would not be profile-guided. Input 'pgo-profile' must be a profile merged by an llvm-profdata that matches rustc's LLVM version.`
    ])
  })

  it('a missing profile, before building', async () => {
    const { errors: e, dir } = await failing({ 'pgo-profile': 'nowhere/merged.profdata' })
    expect(e).toEqual([
      `::error::Input 'pgo-profile' has an invalid value "nowhere/merged.profdata": expected the path of a merged .profdata (for example the pgo-profile output of an earlier run); ${path.join(dir, 'nowhere/merged.profdata')} does not exist`
    ])
  })

  it('a target this runner cannot execute, before building', async () => {
    const { errors: e, run } = await failing({
      'pgo-train': 'pgo-interp hash 10',
      targets: 'x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu'
    })
    expect(e).toHaveLength(1)
    expect(e[0]).toMatch(
      /^::error::Input 'pgo-train' has an invalid value "pgo-interp hash 10": training runs the built programs on this runner, which cannot execute target 'aarch64-unknown-linux-gnu'/
    )
    expect(run.stdout).not.toContain('cargo build')
  })

  it("an llvm-profdata that cannot read rustc's raw profiles, naming both versions", async () => {
    const PATH = pathWithout(/^(llvm-profdata-\d+|apt-get|apt-cache)$/)
    const { errors: e, run } = await failing(
      { 'pgo-train': 'pgo-interp hash 10' },
      { PATH, RUSTUP_DIST_SERVER: DEAD_DIST_SERVER }
    )
    expect(run.stdout).toMatch(/^::warning::llvm-profdata .* is LLVM 14 while rustc uses LLVM 22/m)
    expect(e).toHaveLength(1)
    expect(e[0]).toMatch(
      /^::error::llvm-profdata \S+ \(LLVM 14\) cannot read the raw profiles of rustc \(LLVM 22\): unsupported instrumentation profile format version\. To fix it, run 'rustup component add llvm-tools'/
    )
  })

  it('no llvm-profdata at all, before building, saying what to install', async () => {
    const PATH = pathWithout(/^(llvm-profdata.*|apt-get|apt-cache)$/)
    const { errors: e, run } = await failing(
      { 'pgo-train': 'pgo-interp hash 10' },
      { PATH, RUSTUP_DIST_SERVER: DEAD_DIST_SERVER }
    )
    expect(e).toEqual([
      "::error::PGO needs llvm-profdata of LLVM 22 (rustc's LLVM) to merge the training profiles, and none was found: run 'rustup component add llvm-tools' (older toolchains: 'llvm-tools-preview') before this step, or install llvm-profdata of LLVM 22 on PATH as 'llvm-profdata-22' (Debian/Ubuntu: the 'llvm-22' package, from apt.llvm.org if your release lacks it)."
    ])
    expect(run.stdout).toContain('rustup component add llvm-tools')
    expect(run.stdout).not.toContain('cargo build')
  })
})
