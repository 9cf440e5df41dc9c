// The CLI on a terminal: stdout carries only the result, everything else goes to stderr.
import { ROOT } from './support/action.js'
import { copyFixture } from './support/fixtures.js'
import { CLI, startCli, type CliRun } from './support/processes.js'
import { pathWithout, staticServer } from './support/sccache.js'
import { requireTool } from './support/tools.js'

/** Runs the CLI without blocking this process (its loopback servers must keep answering). */
function cli(
  cwd: string,
  args: string[],
  env: Record<string, string>,
  command?: string[]
): Promise<CliRun> {
  return startCli(cwd, args, env, command).done
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
    // Not a terminal here: the terminal rendering, without colour or markdown syntax.
    expect(run.stdout).toContain('\nrust-optimize · preset none · 2 artifacts')
    expect(run.stdout).not.toMatch(/\*\*|`|<details>|\|---|\x1b\[/) // eslint-disable-line no-control-regex
    expect(run.stdout).toMatch(/^ {2}artifact +kind +size/m)
  })

  it('colours the report on a TTY, and not with NO_COLOR', async () => {
    const dir = copyFixture('workspace')
    const script = requireTool('script')
    const command = `${process.execPath} ${CLI} --preset none --package app --sccache false`
    // util-linux script(1) runs the CLI on a pseudo-terminal and copies what it writes.
    const onTty = (env: Record<string, string>) =>
      cli(dir, [], env, [script, '-qec', command, '/dev/null'])
    const coloured = await onTty({})
    expect(coloured.status).toBe(0)
    expect(coloured.stdout).toContain('\x1b[1mrust-optimize\x1b[22m · preset \x1b[36mnone\x1b[39m')
    const plain = await onTty({ NO_COLOR: '1' })
    expect(plain.stdout).toContain('rust-optimize · preset none')
    expect(plain.stdout).not.toMatch(/\x1b\[[0-9;]*m/) // eslint-disable-line no-control-regex
  })

  it('prints the markdown of the job summary with --markdown', async () => {
    const dir = copyFixture('workspace')
    const run = await cli(dir, ['--preset', 'none', '--package', 'app', '--markdown'], {
      PATH: pathWithout('sccache'),
      RUST_OPTIMIZE_SCCACHE_MIRROR: 'https://sccache-mirror.invalid'
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('**rust-optimize** · preset `none`')
    expect(run.stdout).toContain('|---|')
  })

  it('prints usage for an unknown flag', async () => {
    const run = await cli(ROOT, ['--presets', 'size'], {})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("Unknown option '--presets'")
    expect(run.stderr).toContain('Usage: rust-optimize')
  })
})
