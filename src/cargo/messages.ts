// Reading cargo's JSON messages: deliverable artifacts and compiler diagnostics. Pure.
import path from 'node:path'

export type ArtifactKind = 'bin' | 'cdylib' | 'dylib' | 'staticlib'

export interface BuiltFile {
  name: string
  kind: ArtifactKind
  target: string
  path: string
  /** The cargo target it was built from (rustc's crate name with `-` for `_` where cargo has it). */
  crate?: string
}

interface ArtifactMessage {
  reason: 'compiler-artifact'
  package_id: string
  target: { kind: string[]; crate_types: string[]; name: string }
  profile: { test: boolean }
  filenames: string[]
  executable: string | null
}

export interface Diagnostic {
  level: 'error' | 'warning' | 'notice'
  message: string
  rendered: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

interface CompilerMessage {
  reason: 'compiler-message'
  message: {
    level: string
    message: string
    rendered: string | null
    spans: {
      file_name: string
      line_start: number
      line_end: number
      column_start: number
      column_end: number
      is_primary: boolean
    }[]
  }
}

export type CargoMessage =
  | { kind: 'artifact'; files: BuiltFile[]; crate: string }
  /** A crate cargo compiled (or found fresh) that delivers nothing itself. */
  | { kind: 'crate'; crate: string }
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  | { kind: 'finished'; success: boolean }
  | { kind: 'other' }

function libKind(file: string, crateTypes: string[]): ArtifactKind | null {
  const base = path.basename(file)
  if (/\.(dll\.lib|dll\.a|dll\.exp|rlib|rmeta|pdb|dwp|d)$/.test(base)) return null
  if (/\.(so|dylib|dll)$/.test(base)) return crateTypes.includes('cdylib') ? 'cdylib' : 'dylib'
  // A cdylib for wasm targets (wasm-bindgen, plugins) is one `.wasm` file.
  if (/\.wasm$/.test(base)) return crateTypes.includes('cdylib') ? 'cdylib' : null
  if (/\.(a|lib)$/.test(base)) return crateTypes.includes('staticlib') ? 'staticlib' : null
  return null
}

/**
 * One JSON message of `cargo build --message-format=json`, parsed once per line and handed to
 * every reader of the build's messages; each reads the fields it needs.
 */
export interface CargoJson {
  reason?: unknown
  [field: string]: unknown
}

/** Parses one line of cargo's stdout: null for a line that is not a JSON object. */
export function parseCargoJson(line: string): CargoJson | null {
  if (!line.startsWith('{')) return null
  try {
    return JSON.parse(line) as CargoJson // a line that starts with `{` parses to an object
  } catch {
    return null
  }
}

/** Classifies one of cargo's messages (null: a line that was not one). */
export function readCargoMessage(
  msg: CargoJson | null,
  memberIds: Set<string>,
  triple: string
): CargoMessage {
  if (msg === null) return { kind: 'other' }
  if (msg.reason === 'build-finished') {
    return { kind: 'finished', success: (msg as unknown as { success: boolean }).success }
  }
  if (msg.reason === 'compiler-message') {
    const diagnostic = toDiagnostic(msg as unknown as CompilerMessage)
    return diagnostic === null ? { kind: 'other' } : { kind: 'diagnostic', diagnostic }
  }
  if (msg.reason !== 'compiler-artifact') return { kind: 'other' }
  const art = msg as unknown as ArtifactMessage
  const crate = art.target.name
  if (art.target.kind.includes('custom-build')) return { kind: 'other' }
  if (!memberIds.has(art.package_id) || art.profile.test) return { kind: 'crate', crate }
  const files: BuiltFile[] = []
  if (art.target.kind.includes('bin') && art.executable) {
    files.push({
      name: path.basename(art.executable),
      kind: 'bin',
      target: triple,
      path: art.executable,
      crate
    })
  }
  if (art.target.kind.some((k) => ['cdylib', 'dylib', 'staticlib'].includes(k))) {
    for (const file of art.filenames) {
      const kind = libKind(file, art.target.crate_types)
      if (kind !== null)
        files.push({ name: path.basename(file), kind, target: triple, path: file, crate })
    }
  }
  return files.length > 0 ? { kind: 'artifact', files, crate } : { kind: 'crate', crate }
}

function toDiagnostic(msg: CompilerMessage): Diagnostic | null {
  const { level, message, rendered, spans } = msg.message
  const mapped =
    level === 'error' || level.startsWith('error')
      ? 'error'
      : level === 'warning'
        ? 'warning'
        : null
  if (mapped === null) return null
  const span = spans.find((s) => s.is_primary) ?? spans[0]
  const diagnostic: Diagnostic = { level: mapped, message, rendered: rendered ?? message }
  if (span !== undefined) {
    diagnostic.file = span.file_name
    diagnostic.startLine = span.line_start
    diagnostic.endLine = span.line_end
    if (span.line_start === span.line_end) {
      diagnostic.startColumn = span.column_start
      diagnostic.endColumn = span.column_end
    }
  }
  return diagnostic
}

/**
 * The file of an annotation as GitHub links it on every OS: relative to the repository
 * (`GITHUB_WORKSPACE`, when known) and `/`-separated. rustc names files relative to the workspace
 * root, with the host's separators. `p` is the host's path module (path.win32 on Windows).
 */
export function annotationFile(
  file: string,
  workspaceRoot: string,
  repository: string | undefined,
  p: path.PlatformPath = path
): string {
  const absolute = p.resolve(workspaceRoot, file)
  const shown = repository ? p.relative(repository, absolute) : absolute
  return shown.split(p.sep).join('/')
}

/** Keeps the first occurrence of each artifact path. */
export function uniqueFiles(files: BuiltFile[]): BuiltFile[] {
  const seen = new Set<string>()
  return files.filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)))
}
