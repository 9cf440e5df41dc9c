// Which target-dir units this build used that belong to registry (non-path) packages, read from
// cargo's JSON messages: libraries, proc-macros, build-script binaries and build-script runs. Pure.
import path from 'node:path'
import type { CargoJson } from '../cargo/messages.js'

export type UnitKind = 'lib' | 'proc-macro' | 'build-script' | 'build-script-run'

export interface UsedUnit {
  /** The profile directory holding the unit (`<target-dir>/<triple>/<profile>` or `<target-dir>/<profile>`). */
  profileDir: string
  /** Cargo's metadata hash: the `-<hash>` of the unit's files and directories. */
  hash: string
  kind: UnitKind
  /** `name@version` of the package, for the log. */
  pkg: string
  /** False when cargo compiled (or ran) it in this build. */
  fresh: boolean
}

const HASHED = /^(.+)-([0-9a-f]{8,})(\..*)?$/

/** Path dependencies and workspace members are what changes: never kept. */
export function isRegistryPackage(packageId: string): boolean {
  return !packageId.startsWith('path+') && !/^[^ ]+ [^ ]+ \(path\+/.test(packageId)
}

function pkgName(packageId: string): string {
  const hash = packageId.lastIndexOf('#')
  return hash >= 0 ? packageId.slice(hash + 1) : packageId.split(' ').slice(0, 2).join('@')
}

/** `<profileDir>/deps/<name>-<hash>.<ext>` or `<profileDir>/build/<pkg>-<hash>/<file>`. */
export function unitOfFile(file: string): { profileDir: string; hash: string } | null {
  const dir = path.dirname(file)
  if (path.basename(dir) === 'deps') {
    const m = HASHED.exec(path.basename(file))
    return m === null ? null : { profileDir: path.dirname(dir), hash: m[2] }
  }
  if (path.basename(path.dirname(dir)) === 'build') {
    const m = HASHED.exec(path.basename(dir))
    return m === null ? null : { profileDir: path.dirname(path.dirname(dir)), hash: m[2] }
  }
  return null
}

interface Message {
  reason?: string
  package_id?: string
  fresh?: boolean
  target?: { kind?: string[] }
  filenames?: string[]
  out_dir?: string
}

/** The registry units one of cargo's JSON messages names (usually zero or one). */
export function unitsOfMessage(json: CargoJson | null): UsedUnit[] {
  if (json === null) return []
  const msg = json as Message
  if (typeof msg.package_id !== 'string' || !isRegistryPackage(msg.package_id)) return []
  const pkg = pkgName(msg.package_id)
  if (msg.reason === 'build-script-executed' && typeof msg.out_dir === 'string') {
    const unit = unitOfFile(msg.out_dir) // `<profileDir>/build/<pkg>-<hash>/out`
    // A run is redone only when its script was rebuilt or its inputs changed: count it as fresh.
    return unit === null ? [] : [{ ...unit, kind: 'build-script-run', pkg, fresh: true }]
  }
  if (msg.reason !== 'compiler-artifact' || !Array.isArray(msg.filenames)) return []
  // Stryker disable next-line ArrayDeclaration: any array without custom-build or proc-macro is a lib
  const kinds = msg.target?.kind ?? []
  const kind: UnitKind = kinds.includes('custom-build')
    ? 'build-script'
    : kinds.includes('proc-macro')
      ? 'proc-macro'
      : 'lib'
  const seen = new Set<string>()
  const out: UsedUnit[] = []
  for (const file of msg.filenames) {
    const unit = unitOfFile(file)
    if (unit === null || seen.has(`${unit.profileDir}\0${unit.hash}`)) continue
    seen.add(`${unit.profileDir}\0${unit.hash}`)
    out.push({ ...unit, kind, pkg, fresh: msg.fresh === true })
  }
  return out
}

/** Collects the units of every line, once each. */
export class UnitLog {
  private readonly units = new Map<string, UsedUnit>()

  observe(msg: CargoJson | null): void {
    for (const u of unitsOfMessage(msg)) {
      const id = `${u.profileDir}\0${u.hash}`
      const known = this.units.get(id)
      this.units.set(id, known === undefined ? u : { ...known, fresh: known.fresh && u.fresh })
    }
  }

  all(): UsedUnit[] {
    return [...this.units.values()]
  }
}
