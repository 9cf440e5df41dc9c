// Helpers for PGO tests; the machine's tools come from tools.ts.
import { execFileSync } from 'node:child_process'

export { instructions, pathWithout, requireTool } from './tools.js'

export function rustcVersionText(): string {
  return execFileSync('rustc', ['-vV'], { encoding: 'utf8' })
}
