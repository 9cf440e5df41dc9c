// Starting the server when `sccache --start-server` does not answer. Older sccache releases spawn
// the server before they listen for its start-up report; when the server is ready first it cannot
// report and exits, and the client waits out a 10 s deadline (seen here with Debian's 0.4 under
// load). A script in front of the real sccache plays that client; everything else is the real one.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer } from '../../src/sccache/server.js'
import { freePort, requireTool, scriptDir } from '../support/sccache.js'

let real: string
const cleanup: string[] = []

beforeAll(() => {
  real = requireTool('sccache')
})

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/**
 * An `sccache` whose first `--start-server` runs `first` (shell) and then waits 10 s the way the
 * real client waits for a report that never comes; a TERM ends the wait and is written down.
 */
function lostReport(first: string): { bin: string; log: string } {
  const log = mkdtempSync(path.join(os.tmpdir(), 'ro-start-log-'))
  const dir = scriptDir(
    [
      'if [ "$1" = "--start-server" ]; then',
      `  n=$(cat "${log}/calls" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "${log}/calls"`,
      '  if [ $n = 1 ]; then',
      `    ${first}`,
      '    echo "sccache: Starting the server..." >&2',
      '    sleep 10 & waiting=$!',
      `    trap 'kill $waiting; echo abandoned > "${log}/first"; exit 143' TERM`,
      '    wait $waiting',
      '    echo "sccache: error: Timed out waiting for server startup" >&2',
      '    exit 2',
      '  fi',
      'fi',
      `exec ${real} "$@"`
    ].join('\n')
  )
  cleanup.push(log, dir)
  return { bin: path.join(dir, 'sccache'), log }
}

async function serverEnv(): Promise<Record<string, string | undefined>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-start-cache-'))
  cleanup.push(dir)
  return {
    ...process.env,
    SCCACHE_DIR: dir,
    SCCACHE_SERVER_PORT: String(await freePort()),
    SCCACHE_IDLE_TIMEOUT: '0'
  }
}

/** The server on the env's port answers with stats (then it is stopped). */
function answersAndStop(env: Record<string, string | undefined>): void {
  const stats = execFileSync(real, ['--show-stats', '--stats-format', 'json'], { env })
  expect(JSON.parse(stats.toString())).toHaveProperty('stats')
  execFileSync(real, ['--stop-server'], { env, stdio: 'ignore' })
}

/** The first client was killed rather than waited for. */
async function abandoned(log: string): Promise<boolean> {
  for (let i = 0; i < 20 && !existsSync(path.join(log, 'first')); i++)
    await new Promise((r) => setTimeout(r, 100))
  return existsSync(path.join(log, 'first'))
}

test('a start-up call that lost its report: the server is started again, the first call abandoned', async () => {
  const { bin, log } = lostReport(':')
  const env = await serverEnv()
  const note = await startServer(bin, env, os.tmpdir())
  expect(note).toBe(
    `the first start-up call had not answered after 2 s and nothing listened on port ${env.SCCACHE_SERVER_PORT}, so the server was started again`
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('2')
  expect(await abandoned(log)).toBe(true)
  answersAndStop(env)
})

test('a server that is up while its call still waits is used as it is: no second start', async () => {
  // The first call starts the real server, then waits as if it had not heard from it.
  const { bin, log } = lostReport(`${real} --start-server >/dev/null 2>&1`)
  const env = await serverEnv()
  const note = await startServer(bin, env, os.tmpdir())
  expect(note).toBe(
    `the server listens on port ${env.SCCACHE_SERVER_PORT}, though its start-up call had not answered after 2 s`
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('1')
  expect(await abandoned(log)).toBe(true)
  answersAndStop(env)
})

test('without a port to look at, a call that waited out the deadline is followed by a second one', async () => {
  const log = mkdtempSync(path.join(os.tmpdir(), 'ro-start-log-'))
  const dir = scriptDir(
    [
      'if [ "$1" = "--start-server" ]; then',
      `  n=$(cat "${log}/calls" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "${log}/calls"`,
      '  if [ $n = 1 ]; then',
      '    echo "sccache: error: Timed out waiting for server startup" >&2',
      '    exit 2',
      '  fi',
      'fi',
      `exec ${real} "$@"`
    ].join('\n')
  )
  cleanup.push(log, dir)
  // A socket path makes the port unusable to the action; Debian's sccache serves on the port anyway.
  const env = { ...(await serverEnv()), SCCACHE_SERVER_UDS: path.join(log, 'sock') }
  expect(await startServer(path.join(dir, 'sccache'), env, os.tmpdir())).toBe(
    "the start-up call waited out sccache's deadline, so the server was started again"
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('2')
  answersAndStop(env)
})

test('a start that answers is not second-guessed; a failure comes back in sccache words', async () => {
  const env = await serverEnv()
  expect(await startServer(real, env, os.tmpdir())).toBeNull()
  answersAndStop(env)

  const failing = scriptDir(
    'echo "sccache: error: Server startup failed: cache storage failed to read" >&2; exit 2'
  )
  cleanup.push(failing)
  await expect(startServer(path.join(failing, 'sccache'), env, os.tmpdir())).rejects.toThrow(
    "'sccache --start-server' failed: sccache: error: Server startup failed: cache storage failed to read"
  )
})
