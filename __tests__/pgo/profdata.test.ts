// Finding llvm-profdata and merging with it, on this machine's real tools: the toolchain lacks
// llvm-tools and rustup cannot download (the attempt must fall through fast), Debian's llvm-22
// matches rustc 1.95's LLVM, and Debian's default llvm-profdata (LLVM 14) cannot read its profiles.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  locateProfdata,
  mergeProfiles,
  profileStats,
  type LocateOptions
} from '../../src/pgo/profdata.js'
import { rustcLlvmMajor } from '../../src/pgo/plan.js'
import { DEAD_DIST_SERVER } from '../support/rust.js'
import { pathWithout, requireTool, rustcVersionText } from '../support/pgo.js'

const versionText = rustcVersionText()
const major = rustcLlvmMajor(versionText)
const host = /^host: (.+)$/m.exec(versionText)![1]
const sysroot = execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim()

function options(PATH: string, logs: string[]): LocateOptions {
  return {
    major,
    sysroot,
    host,
    rustup: true,
    cwd: os.tmpdir(),
    env: { ...process.env, PATH, RUSTUP_DIST_SERVER: DEAD_DIST_SERVER },
    log: (m) => logs.push(m)
  }
}

/** Raw profiles from a tiny instrumented program. */
function rawProfiles(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-profraw-'))
  writeFileSync(
    path.join(dir, 'main.rs'),
    'fn main() { let n: u64 = std::env::args().count() as u64; println!("{}", (0..1000 * n).sum::<u64>()); }\n'
  )
  execFileSync('rustc', ['-O', `-Cprofile-generate=${dir}/raw`, 'main.rs', '-o', 'prog'], {
    cwd: dir
  })
  execFileSync(path.join(dir, 'prog'), {
    env: { ...process.env, LLVM_PROFILE_FILE: `${dir}/raw/%p.profraw` }
  })
  expect(readdirSync(path.join(dir, 'raw')).filter((f) => f.endsWith('.profraw'))).toHaveLength(1)
  return path.join(dir, 'raw')
}

describe('llvm-profdata', () => {
  beforeAll(() => {
    requireTool(`llvm-profdata-${major}`)
    requireTool('llvm-profdata')
  })

  it("falls through from the toolchain's llvm-tools, which cannot be added here, to llvm-profdata-<major> on PATH", async () => {
    const logs: string[] = []
    const start = Date.now()
    const tool = await locateProfdata(options(process.env.PATH ?? '', logs))
    expect(Date.now() - start).toBeLessThan(20_000)
    expect(logs[0]).toBe('rustup component add llvm-tools')
    expect(tool).toMatchObject({ major, matches: true, origin: 'PATH' })
    expect(path.basename(tool.path)).toBe(`llvm-profdata-${major}`)

    const raw = rawProfiles()
    const out = path.join(path.dirname(raw), 'merged.profdata')
    await mergeProfiles({
      tool,
      rawDir: raw,
      out,
      env: process.env,
      rustcMajor: major,
      rustup: true
    })
    // main, std's start-up shims and closures; some of them never ran.
    const stats = await profileStats(tool, out, process.env)
    expect(stats.executed).toBeGreaterThanOrEqual(1)
    expect(stats.functions).toBeGreaterThan(stats.executed!)
  })

  it('reports a raw-format mismatch as exactly that, naming both versions', async () => {
    const PATH = pathWithout(/^(llvm-profdata-\d+|apt-get|apt-cache)$/)
    const logs: string[] = []
    const tool = await locateProfdata(options(PATH, logs))
    expect(tool).toMatchObject({ major: 14, matches: false })
    const raw = rawProfiles()
    await expect(
      mergeProfiles({
        tool,
        rawDir: raw,
        out: path.join(raw, 'm.profdata'),
        env: { ...process.env, PATH },
        rustcMajor: major,
        rustup: true
      })
    ).rejects.toThrow(
      `llvm-profdata ${tool.path} (LLVM 14) cannot read the raw profiles of rustc (LLVM ${major}): unsupported instrumentation profile format version.`
    )
  })

  it('says what to install when there is none', async () => {
    const PATH = pathWithout(/^(llvm-profdata.*|apt-get|apt-cache)$/)
    await expect(locateProfdata(options(PATH, []))).rejects.toThrow(
      `PGO needs llvm-profdata of LLVM ${major} (rustc's LLVM) to merge the training profiles, and none was found: run 'rustup component add llvm-tools' (older toolchains: 'llvm-tools-preview') before this step, or install llvm-profdata of LLVM ${major} on PATH as 'llvm-profdata-${major}'`
    )
  })
})
