// Types for scripts/test-env.mjs (used by the tests).
export const LEAKS: RegExp
export const DEAD_DIST_SERVER: string
export function scrubTestEnv(
  env: Record<string, string | undefined>,
  tmp: string,
  cargoHome?: string
): Record<string, string | undefined>
