// Reads the rustc command lines that `cargo build -v` printed, by crate name.
import { split } from 'shlex'

export interface RustcCall {
  crate: string
  args: string[]
}

export function rustcCalls(log: string): RustcCall[] {
  const calls: RustcCall[] = []
  for (const line of log.split('\n')) {
    const match = /Running `(.*)`\s*$/.exec(line)
    if (match === null || !match[1].includes('--crate-name')) continue
    const args = split(match[1])
    const at = args.indexOf('--crate-name')
    calls.push({ crate: args[at + 1], args })
  }
  return calls
}

/** The `--cfg` values and `-C` codegen options of a call, e.g. ['cfg:from_build', 'C:target-cpu=x86-64-v3']. */
export function flagsOf(call: RustcCall): { cfgs: string[]; codegen: string[] } {
  const cfgs: string[] = []
  const codegen: string[] = []
  for (let i = 0; i < call.args.length; i++) {
    const a = call.args[i]
    if (a === '--cfg') cfgs.push(call.args[++i])
    else if (a === '-C') codegen.push(call.args[++i])
    else if (a.startsWith('-C') && a.length > 2) codegen.push(a.slice(2))
  }
  return { cfgs: cfgs.filter((c) => !c.startsWith('feature=')), codegen }
}

export function callFor(calls: RustcCall[], crate: string): RustcCall {
  const found = calls.filter((c) => c.crate === crate)
  if (found.length === 0)
    throw new Error(`no rustc call for crate ${crate} in:\n${calls.map((c) => c.crate).join(', ')}`)
  return found[found.length - 1]
}
