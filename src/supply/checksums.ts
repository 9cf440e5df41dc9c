// The `checksums` output: one SHA256SUMS file (`sha256sum -c` format) for every shipped file,
// written under the target directory with paths relative to it, so `sha256sum -c SHA256SUMS`
// passes when run from its directory. The digests are the ones already taken of the final files.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A shipped file and the hex sha256 of its final bytes. */
export interface Checksummed {
  path: string
  sha256: string
}

/** Where the file goes: `<target-dir>/rust-optimize/SHA256SUMS`. Pure. */
export function checksumsPath(targetDirectory: string): string {
  return path.join(targetDirectory, 'rust-optimize', 'SHA256SUMS')
}

/**
 * The target directory the artifacts were built into: every build runs with `--target`, so an
 * artifact is `<target-dir>/<triple>/<profile-dir>/<name>`. That is cargo metadata's directory
 * unless cargo-args chose another (`--target-dir`); when the artifacts do not agree on one (an
 * `--artifact-dir` elsewhere), cargo metadata's. Pure.
 */
export function builtTargetDirectory(
  artifacts: { path: string; target: string }[],
  metadataTargetDirectory: string
): string {
  const dirs = new Set(
    artifacts.map((a) => {
      const tripleDir = path.dirname(path.dirname(a.path))
      return path.basename(tripleDir) === a.target ? path.dirname(tripleDir) : null
    })
  )
  const [only] = [...dirs]
  return dirs.size === 1 && only !== null ? only : metadataTargetDirectory
}

/**
 * One `sha256sum -c` line: `<hex>  <name>`, the name relative to `dir` with `/` separators. A name
 * with a backslash or a newline is escaped the way GNU sha256sum writes it (a leading `\`). Pure.
 */
export function checksumLine(dir: string, file: Checksummed): string {
  const name = path.relative(dir, file.path).split(path.sep).join('/')
  if (!/[\\\n\r]/.test(name)) return `${file.sha256}  ${name}`
  const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
  return `\\${file.sha256}  ${escaped}`
}

/** The whole file, one line per distinct path, in the order given. Pure. */
export function checksumsText(dir: string, files: Checksummed[]): string {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const f of files) {
    if (seen.has(f.path)) continue
    seen.add(f.path)
    lines.push(checksumLine(dir, f))
  }
  return lines.map((l) => `${l}\n`).join('')
}

/** Writes SHA256SUMS for `files` under `targetDirectory`; returns its path. */
export function writeChecksums(targetDirectory: string, files: Checksummed[]): string {
  const file = checksumsPath(targetDirectory)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, checksumsText(path.dirname(file), files))
  return file
}
