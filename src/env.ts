// The environment of a process, as this action passes it around, and program lookup on its PATH.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Variables by name; a copy of `process.env` or an overlay on one. */
export type Env = Record<string, string | undefined>

/** Whether `file` is a file this platform can run (on Windows: one that exists). */
export function isExecutable(file: string, platform: NodeJS.Platform = process.platform): boolean {
  try {
    accessSync(file, platform === 'win32' ? constants.F_OK : constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * The absolute path of `program` on the search path of `env`, or null. A copy of the environment
 * is a plain object, so on Windows (where the runner names the variable `Path`) the name is
 * matched without case, and `.exe` and `.cmd` are tried; elsewhere the name is exact.
 */
export function findOnPath(
  program: string,
  env: Env,
  platform: NodeJS.Platform = process.platform
): string | null {
  const windows = platform === 'win32'
  const searchPath = windows
    ? Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1]
    : env.PATH
  const extensions = windows ? ['.exe', '.cmd', ''] : ['']
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (dir === '') continue
    for (const ext of extensions) {
      const file = path.join(dir, program + ext)
      if (isExecutable(file, platform)) return file
    }
  }
  return null
}
