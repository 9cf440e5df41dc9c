// Prunes the action's own local sccache directory before it is saved (see prune-plan.ts for which
// objects go). Thin effects: list, stat, read the names inside an object (a zip archive), delete.
import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import yauzl from 'yauzl'
import { isObjectPath, unitHashes, verdict, type PruneCounts } from './prune-plan.js'

/** The relative paths (`<c>/<c>/<key>`) of sccache's objects under `dir`; other files are not. */
export function listObjects(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string[]): void => {
    let names: string[]
    try {
      names = readdirSync(path.join(dir, ...rel))
    } catch {
      return
    }
    for (const name of names) {
      const next = [...rel, name]
      if (next.length < 3) walk(next)
      else if (isObjectPath(next)) out.push(next.join('/'))
    }
  }
  walk([])
  return out.sort()
}

/** The names of the files inside one object; none when it cannot be read as a zip archive. */
export async function objectNames(file: string): Promise<string[]> {
  try {
    const zip = await yauzl.openPromise(file, { lazyEntries: true, decodeStrings: true })
    return await new Promise<string[]>((resolve) => {
      const names: string[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        zip.readEntry()
      })
      zip.on('end', () => resolve(names))
      zip.on('error', () => resolve([]))
      zip.readEntry()
    }).finally(() => zip.close())
  } catch {
    return []
  }
}

/**
 * Deletes the objects this run did not use (mtime before `since`), and those whose outputs all
 * belong to `warmUnits`; returns the counts.
 */
export async function pruneLocalDir(
  dir: string,
  since: number,
  warmUnits: ReadonlySet<string>
): Promise<PruneCounts> {
  const counts: PruneCounts = { kept: 0, keptBytes: 0, unused: 0, inWarm: 0 }
  for (const rel of listObjects(dir)) {
    const file = path.join(dir, rel)
    const st = statSync(file)
    const used = st.mtimeMs >= since
    const hashes = used && warmUnits.size > 0 ? unitHashes(await objectNames(file)) : []
    const v = verdict({ mtimeMs: st.mtimeMs, since, hashes, warmUnits })
    if (v === 'keep') {
      counts.kept++
      counts.keptBytes += st.size
      continue
    }
    rmSync(file, { force: true })
    if (v === 'unused') counts.unused++
    else counts.inWarm++
  }
  return counts
}
