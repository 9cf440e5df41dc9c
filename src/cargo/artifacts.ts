// Measures built files: size and sha256, read from disk.
import { stat } from 'node:fs/promises'
import { sha256File } from '../hash.js'
import type { BuiltFile } from './messages.js'
import type { Artifact } from '../report/sizes.js'

export async function measure(files: BuiltFile[]): Promise<Artifact[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      kind: f.kind,
      target: f.target,
      path: f.path,
      size: (await stat(f.path)).size,
      sha256: await sha256File(f.path),
      baseline: null,
      delta: null,
      debugSymbols: null
    }))
  )
}
