// What tests need of the machine, in one place: tools on PATH (missing ones fail with "run
// .ci/run"), a PATH with some tools hidden, instruction counts, and loopback ports.
import { spawnSync } from 'node:child_process'
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  statSync,
  symlinkSync
} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** Whether `file` is an executable file (a dangling symlink is not; `which` agrees). */
function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** The directories of `envPath` that exist, each once, by its resolved path (merged /usr: /bin = /usr/bin). */
export function pathDirs(envPath = process.env.PATH ?? ''): string[] {
  const seen = new Set<string>()
  const dirs: string[] = []
  for (const dir of envPath.split(path.delimiter)) {
    if (dir === '') continue
    let real: string
    try {
      real = realpathSync(dir)
    } catch {
      continue // not there
    }
    if (seen.has(real)) continue
    seen.add(real)
    dirs.push(dir)
  }
  return dirs
}

/**
 * The path of `name` on PATH. A tool the suite needs is never skipped over: when it is missing the
 * test fails and says how to get it.
 */
export function requireTool(name: string, envPath = process.env.PATH ?? ''): string {
  for (const dir of pathDirs(envPath)) {
    const file = path.join(dir, name)
    if (executable(file)) return file
  }
  throw new Error(`'${name}' is not installed, and these tests need it: run .ci/run`)
}

/**
 * A PATH like `envPath` without the programs whose names are `hidden` (or match it): each directory
 * that holds one is mirrored, as symlinks, into a directory of its own, in PATH's order. Each
 * directory is mirrored once (a name never meets itself twice), and entries are linked as they
 * are, dangling links included, so nothing but the hidden names changes.
 */
export function pathWithout(hidden: string | RegExp, envPath = process.env.PATH ?? ''): string {
  const hides = (n: string): boolean => (typeof hidden === 'string' ? n === hidden : hidden.test(n))
  const root = mkdtempSync(path.join(os.tmpdir(), 'ro-path-'))
  return pathDirs(envPath)
    .map((dir, i) => {
      const entries = readdirSync(dir)
      if (!entries.some(hides)) return dir
      const mirror = path.join(root, String(i))
      mkdirSync(mirror)
      for (const entry of entries)
        if (!hides(entry)) symlinkSync(path.join(dir, entry), path.join(mirror, entry))
      return mirror
    })
    .join(path.delimiter)
}

/** Instructions executed by `program args` (valgrind cachegrind's "I refs": deterministic). */
export function instructions(program: string, args: string[]): number {
  requireTool('valgrind')
  const r = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', program, ...args],
    { encoding: 'utf8' }
  )
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr)
  if (r.status !== 0 || m === null) throw new Error(`cachegrind failed:\n${r.stderr}`)
  return Number(m[1].replace(/,/g, ''))
}

/** Whether something accepts connections on loopback `port`. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Ports for servers a test cannot hand a socket to (sccache, redis-server bind their own). Each
 * jest worker takes its own block of 500 below Linux's ephemeral range (32768 and up), so neither
 * another test file nor an outgoing connection's source port can land on one; each port is checked
 * free before it is handed out, and never handed out twice by this process.
 */
const PORT_BLOCK = 500
const PORT_BASE = 20000
let nextPort = 0

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}

export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1')
  const base = PORT_BASE + ((worker - 1) % 20) * PORT_BLOCK
  while (nextPort < PORT_BLOCK) {
    const port = base + nextPort++
    if (await bindable(port)) return port
  }
  throw new Error(`no free loopback port left in ${base}-${base + PORT_BLOCK - 1}`)
}

/**
 * A loopback URL where connections are refused: a port of this worker's block (see `freePort`),
 * never bound, so no test of ours comes to listen there and no outgoing connection takes it.
 */
export async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/`
}
