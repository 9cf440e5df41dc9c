// Starting the server when `sccache --start-server` does not answer. Older sccache releases spawn
// the server before they listen for its start-up report; when the server is ready first it cannot
// report and exits, and the client waits out a 10 s deadline (seen here with Debian's 0.4 under
// load). A script in front of the real sccache plays the client. The servers themselves are real,
// started the way sccache's client starts them but without the report, so that the race this file
// is about never decides a test (it did once, under the whole suite's load).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { quickStartMs, startOnFreePort, startServer } from '../../src/sccache/server.js'
import { scriptDir } from '../support/sccache.js'
import { freePort, listening, requireTool } from '../support/tools.js'

/** The local backend's wait before the action looks for the server itself. */
const LOCAL = quickStartMs('local')

let real: string
const cleanup: string[] = []

beforeAll(() => {
  real = requireTool('sccache')
})

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/** Starts the real server in the background as sccache's client does, minus the start-up report. */
const serve = (): string => `SCCACHE_START_SERVER=1 SCCACHE_NO_DAEMON=1 ${real} >/dev/null 2>&1 &`

/**
 * An `sccache` whose first `--start-server` runs `first` (shell); every later one starts the server
 * and answers at once. Other commands go to the real sccache.
 */
function fake(first: string): { bin: string; log: string } {
  const log = mkdtempSync(path.join(os.tmpdir(), 'ro-start-log-'))
  const dir = scriptDir(
    [
      'if [ "$1" = "--start-server" ]; then',
      `  n=$(cat "${log}/calls" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "${log}/calls"`,
      '  if [ $n = 1 ]; then',
      `    ${first.replaceAll('$LOG', log)}`,
      '  fi',
      `  ${serve()}`,
      '  exit 0',
      'fi',
      `exec ${real} "$@"`
    ].join('\n')
  )
  cleanup.push(log, dir)
  return { bin: path.join(dir, 'sccache'), log }
}

/** The client that lost its report: it waits 10 s, unless a TERM ends the wait (written down). */
const LOST = [
  'echo "sccache: Starting the server..." >&2',
  'sleep 10 & waiting=$!',
  `trap 'kill $waiting; echo abandoned > "$LOG/first"; exit 143' TERM`,
  'wait $waiting',
  'echo "sccache: error: Timed out waiting for server startup" >&2',
  'exit 2'
].join('\n    ')

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

/** The server on the env's port answers with stats once it listens (then it is stopped). */
async function answersAndStop(env: Record<string, string | undefined>): Promise<void> {
  const port = Number(env.SCCACHE_SERVER_PORT)
  for (let i = 0; i < 50 && !(await listening(port)); i++) await sleep(100)
  // Asked before --show-stats, which would start a server of its own.
  expect(await listening(port)).toBe(true)
  const stats = execFileSync(real, ['--show-stats', '--stats-format', 'json'], { env })
  expect(JSON.parse(stats.toString())).toHaveProperty('stats')
  execFileSync(real, ['--stop-server'], { env, stdio: 'ignore' })
}

/** The first client was killed rather than waited for. */
async function abandoned(log: string): Promise<boolean> {
  for (let i = 0; i < 20 && !existsSync(path.join(log, 'first')); i++) await sleep(100)
  return existsSync(path.join(log, 'first'))
}

test('a start-up call that lost its report: the server is started again, the first call abandoned', async () => {
  const { bin, log } = fake(LOST)
  const env = await serverEnv()
  const note = await startServer(bin, env, os.tmpdir(), LOCAL)
  expect(note).toBe(
    `the first start-up call had not answered after 0.5 s and nothing listened on port ${env.SCCACHE_SERVER_PORT}, so the server was started again`
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('2')
  expect(await abandoned(log)).toBe(true)
  await answersAndStop(env)
})

test('a server that is up while its call still waits is used as it is: no second start', async () => {
  // The first call starts the real server, then waits as if it had not heard from it.
  const { bin, log } = fake(`${serve()}\n    ${LOST}`)
  const env = await serverEnv()
  // 2 s (the other backends' wait) rather than 0.5 s before looking: the server this call starts is
  // up by then, whatever the load on the machine, so the case under test is never a slow start.
  const note = await startServer(bin, env, os.tmpdir(), quickStartMs('gha'))
  expect(note).toBe(
    `the server listens on port ${env.SCCACHE_SERVER_PORT}, though its start-up call had not answered after 2 s`
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('1')
  expect(await abandoned(log)).toBe(true)
  await answersAndStop(env)
})

test('without a port to look at, a call that waited out the deadline is followed by a second one', async () => {
  const { bin, log } = fake(
    'echo "sccache: error: Timed out waiting for server startup" >&2; exit 2'
  )
  // A socket path leaves the action no port to look at; Debian's sccache serves on the port anyway.
  const env = { ...(await serverEnv()), SCCACHE_SERVER_UDS: path.join(log, 'sock') }
  expect(await startServer(bin, env, os.tmpdir(), LOCAL)).toBe(
    "the start-up call waited out sccache's deadline, so the server was started again"
  )
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('2')
  await answersAndStop(env)
})

test('the local backend looks for the server after 0.5 s; backends that may check remote storage first, after 2 s', () => {
  expect([LOCAL, quickStartMs('gha'), quickStartMs('env')]).toEqual([500, 2_000, 2_000])
})

test('a start that answers is not second-guessed; a failure comes back in sccache words', async () => {
  // The first call starts the server and answers at once, as a start that won the race does.
  const { bin, log } = fake(`${serve()}\n    exit 0`)
  const env = await serverEnv()
  expect(await startServer(bin, env, os.tmpdir(), LOCAL)).toBeNull()
  expect(readFileSync(path.join(log, 'calls'), 'utf8').trim()).toBe('1')
  await answersAndStop(env)

  const failing = scriptDir(
    'echo "sccache: error: Server startup failed: cache storage failed to read" >&2; exit 2'
  )
  cleanup.push(failing)
  await expect(startServer(path.join(failing, 'sccache'), env, os.tmpdir(), LOCAL)).rejects.toThrow(
    "'sccache --start-server' failed: sccache: error: Server startup failed: cache storage failed to read"
  )
})

test('a port taken between its pick and the bind: another port is picked, and the server starts there', async () => {
  const base = await serverEnv()
  // Another process holds the first port picked, as a connection's ephemeral port can.
  const holder = net.createServer()
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
  const taken = (holder.address() as net.AddressInfo).port
  const free = await freePort()
  const picks = [taken, free]
  const prepared: number[] = []
  try {
    const started = await startOnFreePort({
      bin: real,
      cwd: os.tmpdir(),
      quickMs: LOCAL,
      attempts: 3,
      pick: async () => picks.shift() ?? 0,
      prepare: (port) => {
        prepared.push(port)
        return { process: { ...base, SCCACHE_SERVER_PORT: String(port) } }
      }
    })
    expect(prepared).toEqual([taken, free])
    expect(started.prepared.process.SCCACHE_SERVER_PORT).toBe(String(free))
    expect(started.notes).toEqual([
      `port ${taken} was taken before the server could listen on it, so another was picked`
    ])
    await answersAndStop(started.prepared.process)
  } finally {
    holder.close()
  }
})

test('a taken port is picked again only as often as allowed, and other start failures never', async () => {
  const holder = net.createServer()
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
  const taken = (holder.address() as net.AddressInfo).port
  const base = await serverEnv()
  const prepared: number[] = []
  const attempt = (bin: string, attempts: number) =>
    startOnFreePort({
      bin,
      cwd: os.tmpdir(),
      quickMs: LOCAL,
      attempts,
      pick: async () => taken,
      prepare: (port) => {
        prepared.push(port)
        return { process: { ...base, SCCACHE_SERVER_PORT: String(port) } }
      }
    })
  try {
    await expect(attempt(real, 2)).rejects.toThrow(/Address (already )?in use/)
    expect(prepared).toEqual([taken, taken])
    const failing = scriptDir(
      'echo "sccache: error: Server startup failed: no storage" >&2; exit 2'
    )
    cleanup.push(failing)
    prepared.length = 0
    await expect(attempt(path.join(failing, 'sccache'), 3)).rejects.toThrow('no storage')
    expect(prepared).toEqual([taken])
  } finally {
    holder.close()
  }
})
