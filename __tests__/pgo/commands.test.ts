// The command-line runner PGO training and benchmarks share: real processes, no shell.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  childCpuSeconds,
  commandEnv,
  parseCommandLines,
  runCommandLine,
  timeCandidates
} from '../../src/pgo/commands.js'

const node = process.execPath

/** A directory with an executable `tool` that appends `<label> <args>` to `log`. */
function binDir(label: string, log: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ro-bin-${label}-`))
  const tool = path.join(dir, 'tool')
  writeFileSync(
    tool,
    `#!${node}\nrequire('fs').appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(label)} + ' ' + process.argv.slice(2).join(' ') + '\\n')\n`
  )
  chmodSync(tool, 0o755)
  return dir
}

describe('command lines', () => {
  it('splits lines like a POSIX shell, skips blanks and comments, and rejects unbalanced quotes', () => {
    expect(parseCommandLines('tool "a b" c\n\n# note\n  other \'$HOME\'  \n')).toEqual([
      { text: 'tool "a b" c', argv: ['tool', 'a b', 'c'] },
      { text: "other '$HOME'", argv: ['other', '$HOME'] }
    ])
    expect(() => parseCommandLines('tool "open')).toThrow(/line 'tool "open' cannot be split/)
  })

  it('runs without a shell, in the given directory, with the artifacts first on PATH', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'ro-cwd-'))
    const log = path.join(cwd, 'log')
    const bin = binDir('first', log)
    const env = commandEnv({ ...process.env, PATH: `${binDir('second', log)}:/usr/bin:/bin` }, bin)
    expect(env.RUST_OPTIMIZE_BIN_DIR).toBe(bin)
    const [line] = parseCommandLines('tool "$HOME" `id` ; rm -rf x')
    const r = await runCommandLine(line, { cwd, env })
    expect(r.code).toBe(0)
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(log, 'utf8')).toBe('first $HOME `id` ; rm -rf x\n')
    const pwd = await runCommandLine(
      parseCommandLines(`${node} -e "process.exit(process.cwd() === '${cwd}' ? 0 : 3)"`)[0],
      {
        cwd,
        env
      }
    )
    expect(pwd.code).toBe(0)
  })

  it('reports the exit code, and a program that cannot start as 127', async () => {
    const env = { ...process.env }
    const failing = await runCommandLine(
      parseCommandLines(`${node} -e "console.error('boom'); process.exit(7)"`)[0],
      { cwd: os.tmpdir(), env }
    )
    expect(failing).toMatchObject({ code: 7, stderrTail: 'boom' })
    const missing = await runCommandLine(parseCommandLines('no-such-program-xyz')[0], {
      cwd: os.tmpdir(),
      env
    })
    expect(missing.code).toBe(127)
    expect(missing.stderrTail).toMatch(/ENOENT/)
  })

  it('measures the CPU time of the command and its children, not the wall time', async () => {
    expect(childCpuSeconds()).not.toBeNull()
    // A child that sleeps 600 ms uses almost no CPU; a grandchild that spins until it has used
    // 400 ms of CPU is counted in full, however busy the machine is.
    const sleep = await runCommandLine(
      parseCommandLines(`${node} -e "setTimeout(() => {}, 600)"`)[0],
      { cwd: os.tmpdir(), env: process.env }
    )
    const spin = await runCommandLine(
      parseCommandLines(
        `${node} -e "require('child_process').execFileSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 400000);'])"`
      )[0],
      { cwd: os.tmpdir(), env: process.env }
    )
    expect(sleep.clock).toBe('cpu')
    expect(sleep.seconds).toBeLessThan(0.3)
    expect(spin.seconds).toBeGreaterThanOrEqual(0.38)
  })

  it('times candidates interleaved, alternating their order each round', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'ro-cwd-'))
    const log = path.join(cwd, 'log')
    const timings = await timeCandidates({
      input: 'benchmark',
      lines: parseCommandLines('tool one\ntool two'),
      candidates: [
        { name: 'a', binDir: binDir('a', log) },
        { name: 'b', binDir: binDir('b', log) }
      ],
      rounds: 2,
      cwd,
      env: process.env
    })
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'a one',
      'b one',
      'a two',
      'b two',
      'b one',
      'a one',
      'b two',
      'a two'
    ])
    expect(timings.seconds.a.map((r) => r.length)).toEqual([2, 2])
    await expect(
      timeCandidates({
        input: 'benchmark',
        lines: parseCommandLines(`${node} -e process.exit(4)`),
        candidates: [{ name: 'a', binDir: cwd }],
        rounds: 1,
        cwd,
        env: process.env
      })
    ).rejects.toThrow(
      /^Input 'benchmark': the command '.* -e process.exit\(4\)' exited with code 4/
    )
  })
})
