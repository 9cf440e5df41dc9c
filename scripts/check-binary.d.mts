// Types for scripts/check-binary.mjs (used by the tests).
export interface Header {
  format: 'elf' | 'pe' | 'macho' | 'ar' | 'wasm' | 'unknown'
  arch: string | null
  bits?: number
}
export function readHeader(bytes: Uint8Array): Header
export function expectedFor(triple: string): { format: string; arch: string; os: string }
export function checkFile(file: string, triple: string): string[]
