// The benchmark runner on real processes: PATH order, CPU time, failures, signals and limits.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BenchmarkFailed, runBenchmarkLines } from '../../src/tune/bench-run.js'
import { parseCommandLines } from '../../src/pgo/commands.js'

const binDir = mkdtempSync(path.join(os.tmpdir(), 'ro-bench-bin-'))
// A program that only exists in the artifacts directory, and shadows a system one.
writeFileSync(path.join(binDir, 'true'), '#!/bin/sh\necho "$RUST_OPTIMIZE_BIN_DIR" >&2\nexit 7\n')
writeFileSync(
  path.join(binDir, 'spin'),
  '#!/bin/sh\ni=0\nwhile [ $i -lt 100000 ]; do i=$((i+1)); done\n'
)
for (const f of ['true', 'spin']) chmodSync(path.join(binDir, f), 0o755)

const options = (text: string, limits?: number[]) => ({
  lines: parseCommandLines(text),
  binDir,
  cwd: os.tmpdir(),
  env: { ...process.env },
  candidate: 'preset',
  limits
})

describe('runBenchmarkLines', () => {
  it("measures the CPU time of each line's processes", async () => {
    const times = await runBenchmarkLines(options('spin\nspin'))
    expect(times).toHaveLength(2)
    for (const t of times) {
      expect(t.cpu).toBe(true)
      expect(t.seconds).toBeGreaterThan(0.02)
      expect(t.wall).toBeGreaterThanOrEqual(t.seconds * 0.5)
    }
  })

  it('puts the artifacts directory first on PATH and names it in RUST_OPTIMIZE_BIN_DIR', async () => {
    const failure = await runBenchmarkLines(options('true')).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(BenchmarkFailed)
    expect((failure as Error).message).toBe(
      `Input 'benchmark': the line 'true' failed with the artifacts of candidate 'preset' first on PATH: exit code 7, stderr:\n${binDir}\n. Every line must exit with 0.`
    )
  })

  it('names a signal that killed the line, and a program that does not exist', async () => {
    await expect(runBenchmarkLines(options(`sh -c 'kill -ILL $$'`))).rejects.toThrow(
      /the line 'sh -c 'kill -ILL \$\$'' failed .*: killed by SIGILL/
    )
    await expect(runBenchmarkLines(options('no-such-benchmark-program'))).rejects.toThrow(
      /the line 'no-such-benchmark-program' failed .*ENOENT/
    )
  })

  it('stops a line that runs past its limit', async () => {
    const start = Date.now()
    await expect(runBenchmarkLines(options('sleep 20', [1]))).rejects.toThrow(
      /the line 'sleep 20' failed .*: it did not finish within 1 s \(stopped\)/
    )
    expect(Date.now() - start).toBeLessThan(10_000)
  })
})
