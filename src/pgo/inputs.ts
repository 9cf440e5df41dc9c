// The PGO inputs (`pgo-train`, `pgo-profile`) and `benchmark`, parsed and validated.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError, type InputReader } from '../inputs.js'
import { parseCommandLines, type CommandLine } from './commands.js'
import { isIndexedProfile, type PgoMode } from './plan.js'

export interface PgoInputs {
  pgo: PgoMode | null
  /** The `benchmark` lines (also used by `tune: speed`). */
  benchmark: CommandLine[]
}

function lines(input: string, raw: string): CommandLine[] {
  try {
    return parseCommandLines(raw)
  } catch (error) {
    throw new InputError(
      input,
      raw,
      `expected command lines, one per line, each split as a POSIX shell splits words: ${(error as Error).message}`
    )
  }
}

const ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686' }
const OS: Record<string, RegExp> = {
  linux: /-linux-/,
  darwin: /-apple-darwin$/,
  win32: /-windows-/
}

/** Whether this machine can run a target's programs (same architecture and OS). Pure given the machine. */
export function runnableHere(
  triple: string,
  arch = process.arch,
  platform = process.platform
): boolean {
  const os = OS[platform]
  return triple.split('-')[0] === ARCH[arch] && os !== undefined && os.test(triple)
}

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(8)
    const n = readSync(fd, head, 0, 8, 0)
    return head.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}

function profileInput(raw: string, workingDirectory: string): PgoMode {
  const file = path.resolve(workingDirectory, raw.trim())
  const accepted =
    'expected the path of a merged .profdata (for example the pgo-profile output of an earlier run)'
  if (!existsSync(file) || !statSync(file).isFile())
    throw new InputError('pgo-profile', raw, `${accepted}; ${file} does not exist`)
  if (!isIndexedProfile(readHead(file))) {
    throw new InputError(
      'pgo-profile',
      raw,
      `${accepted}; ${file} is not a merged profile (raw .profraw files must be merged with 'llvm-profdata merge' first), and rustc would ignore it with only a warning ("invalid instrumentation profile data")`
    )
  }
  return { kind: 'profile', path: file }
}

/** `targets`: the requested triples (empty: the host, which can always run). */
export function parsePgoInputs(
  read: InputReader,
  workingDirectory: string,
  targets: string[]
): PgoInputs {
  const trainRaw = read('pgo-train')
  const profileRaw = read('pgo-profile')
  const benchmark = lines('benchmark', read('benchmark'))
  const train = lines('pgo-train', trainRaw)
  if (train.length > 0 && profileRaw.trim() !== '') {
    throw new InputError(
      'pgo-profile',
      profileRaw,
      "set either 'pgo-train' (train in this run) or 'pgo-profile' (build with an existing profile), not both"
    )
  }
  if (profileRaw.trim() !== '')
    return { pgo: profileInput(profileRaw, workingDirectory), benchmark }
  if (train.length === 0) return { pgo: null, benchmark }
  const foreign = targets.find((t) => !runnableHere(t))
  if (foreign !== undefined) {
    throw new InputError(
      'pgo-train',
      trainRaw,
      `training runs the built programs on this runner, which cannot execute target '${foreign}' (of input 'targets'); PGO training accepts only targets this runner executes (${ARCH[process.arch] ?? process.arch} ${process.platform}). Train on a runner of that target and pass its profile with 'pgo-profile'`
    )
  }
  return { pgo: { kind: 'train', lines: train }, benchmark }
}
