// Stopping a run (SIGINT, SIGTERM: a cancelled job, Ctrl-C): everything the run started stops with
// it, then what it must undo is undone, then the process exits with 128 + the signal's number.
// 1. The children (see exec.ts): on POSIX each runs in a process group of its own (cargo with its
//    rustc and build scripts) and the signal goes to every group; groups still there after the
//    grace are killed.
// 2. The stop hooks (`onStop`): the run's own cleanup, e.g. the sccache server the CLI started, a
//    Cargo.lock cargo created. They run after every child has ended (so no cargo rewrites a file
//    a hook restores), side by side, for at most HOOKS_MS. A process a hook starts runs normally
//    (exec.ts's run resolves it), although the run is stopping.
// Windows: Node delivers SIGINT on a console Ctrl-C (SIGTERM never arrives). There are no process
// groups: the children share the console, so Ctrl-C reaches them as well; this process waits for
// them (killing them after the grace), then runs the hooks. Only the Linux path is tested here.
import type { ChildProcess } from 'node:child_process'
import { constants } from 'node:os'

/** How long the children get to end after the signal before they are killed. */
const GRACE_MS = 5000
/** How long the stop hooks get, all together, before the process exits anyway. */
const HOOKS_MS = 3000

interface Tracked {
  child: ChildProcess
  /** The child's process group (POSIX), or undefined on Windows. */
  pgid: number | undefined
}

const children = new Set<Tracked>()
const hooks = new Set<() => unknown>()
let stopping = false

/** Whether the run is being stopped (a signal arrived). */
export function isStopping(): boolean {
  return stopping
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false // ESRCH: nobody left in the group
  }
}

function running(t: Tracked): boolean {
  if (t.pgid !== undefined) return signalGroup(t.pgid, 0)
  // Windows (or a child that never started): the child itself.
  return t.child.pid !== undefined && t.child.exitCode === null && t.child.signalCode === null
}

function kill(t: Tracked, signal: NodeJS.Signals): void {
  if (t.pgid !== undefined) signalGroup(t.pgid, signal)
  else if (signal === 'SIGKILL') t.child.kill() // Windows: TerminateProcess
}

/** Keeps `child` (and its group) to be stopped with the run; returns a function that forgets it. */
export function trackChild(child: ChildProcess, pgid: number | undefined): () => void {
  const t: Tracked = { child, pgid }
  children.add(t)
  return () => children.delete(t)
}

/**
 * Registers `hook` to run when the run is stopped by a signal; returns a function that removes it
 * (call it once the hook's work is done the ordinary way). A hook should not throw; one that does,
 * or that takes too long, is named on stderr and the others still run.
 */
export function onStop(hook: () => unknown): () => void {
  installStopHandlers()
  hooks.add(hook)
  return () => hooks.delete(hook)
}

async function runHooks(): Promise<void> {
  const all = [...hooks]
  hooks.clear()
  const done = Promise.all(
    all.map(async (hook) => {
      try {
        await hook()
      } catch (error) {
        process.stderr.write(`cleanup failed: ${(error as Error).message}\n`)
      }
    })
  )
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, HOOKS_MS, 'late')))
  if ((await Promise.race([done, late])) === 'late')
    process.stderr.write(`cleanup did not finish within ${HOOKS_MS / 1000} s\n`)
  clearTimeout(timer)
}

/** Passes `signal` on, waits until the children ended (killing them after the grace), cleans up, exits. */
async function stopAll(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  if (children.size > 0)
    process.stderr.write(`Received ${signal}: stopping the processes started\n`)
  // On Windows the console's Ctrl-C has reached the children already.
  for (const t of children) kill(t, signal)
  const deadline = Date.now() + GRACE_MS
  // A killed group empties at once; a second past the kill, whatever is left is not waited for.
  while ([...children].some(running) && Date.now() < deadline + 1000) {
    if (Date.now() > deadline) for (const t of children) kill(t, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  await runHooks()
  process.exit(128 + constants.signals[signal])
}

let handlersInstalled = false
/** Installs the SIGINT and SIGTERM handlers once (on Windows, SIGINT is the console's Ctrl-C). */
export function installStopHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void stopAll(signal))
}
