// The CLI on a terminal: stdout carries only the result, everything else goes to stderr.
import { ROOT } from './support/action.js'
import { copyFixture } from './support/fixtures.js'
import { startCli, type CliRun } from './support/processes.js'
import { pathWithout, staticServer } from './support/sccache.js'

/** Runs the CLI without blocking this process (its loopback servers must keep answering). */
function cli(cwd: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return startCli(cwd, args, env).done
}

describe('rust-optimize on the command line', () => {
  it('prints pure JSON with --json while the libraries it shares with the action log', async () => {
    const dir = copyFixture('workspace')
    const mirror = await staticServer({})
    try {
      const run = await cli(dir, ['--preset', 'none', '--package', 'app', '--json'], {
        PATH: pathWithout('sccache'),
        RUST_OPTIMIZE_SCCACHE_MIRROR: mirror.url
      })
      expect(run.status).toBe(0)
      const outputs = JSON.parse(run.stdout) as Record<string, string>
      expect(outputs['sccache-hit-rate']).toBe('')
      expect(run.stderr).toContain('warning: sccache is not available, building without it')
      expect(run.stderr).not.toContain('::debug::')
    } finally {
      await mirror.close()
    }
  })

  it('gives up on a download host that does not resolve at once, without retrying', async () => {
    const dir = copyFixture('workspace')
    const run = await cli(dir, ['--preset', 'none', '--package', 'app'], {
      PATH: pathWithout('sccache'),
      RUST_OPTIMIZE_SCCACHE_MIRROR: 'https://sccache-mirror.invalid'
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(
      /sccache is not available, building without it: download of https:\/\/sccache-mirror\.invalid\/.* failed: cannot resolve sccache-mirror\.invalid/
    )
    expect(run.stdout).toContain('**rust-optimize** · preset `none`')
  })

  it('prints usage for an unknown flag', async () => {
    const run = await cli(ROOT, ['--presets', 'size'], {})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("Unknown option '--presets'")
    expect(run.stderr).toContain('Usage: rust-optimize')
  })
})
