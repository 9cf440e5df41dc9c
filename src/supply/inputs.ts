// `auditable`: checked against the targets before anything is installed or built. Pure.
import { symbolFamily } from '../cargo/debug-symbols.js'
import { bool, InputError } from '../inputs.js'

/**
 * `auditable`'s value. `true` needs ELF files: every target (or, with none given, the host this
 * runs on) must build them.
 */
export function parseAuditable(raw: string, targets: string[], platform: string): boolean {
  if (!bool('auditable', raw)) return false
  const hostFormat = platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : null
  const others =
    targets.length > 0
      ? targets.filter((t) => symbolFamily(t) !== 'elf')
      : hostFormat === null
        ? []
        : [`the ${hostFormat} host (no targets given)`]
  if (others.length === 0) return true
  throw new InputError(
    'auditable',
    raw,
    `the .dep-v0 section goes into ELF files only (Linux, Android, the BSDs, illumos), and ${others.join(', ')} ${others.length === 1 ? 'builds' : 'build'} another format; leave auditable off for ${others.length === 1 ? 'it' : 'them'}, or use cargo-auditable`
  )
}
