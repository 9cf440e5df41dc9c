// sccache's `--show-stats --stats-format json`, read defensively: keys differ between versions
// (0.4 has no adv_counts, compilations or version; later ones add fields). Pure.

export interface SccacheStats {
  compileRequests: number
  hits: number
  misses: number
  errors: number
  cacheWrites: number
  cacheWriteErrors: number
  nonCacheable: number
  /** Reasons compilations could not be cached, with counts (e.g. `crate-type`). */
  notCached: Record<string, number>
  cacheLocation: string | null
  version: string | null
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** Sums a `{counts: {Rust: 3, C: 1}}` map (or, in odd versions, a bare number). */
function countsTotal(value: unknown): number {
  if (typeof value === 'number') return num(value)
  return Object.values(record(record(value).counts)).reduce<number>((sum, v) => sum + num(v), 0)
}

/** Parses the JSON text; null when it is not sccache stats at all. */
export function parseStats(text: string): SccacheStats | null {
  let data: unknown
  try {
    data = JSON.parse(text.trim())
  } catch {
    return null
  }
  const top = record(data)
  if (!('stats' in top)) return null
  const s = record(top.stats)
  const notCached: Record<string, number> = {}
  for (const [reason, count] of Object.entries(record(s.not_cached))) notCached[reason] = num(count)
  return {
    compileRequests: num(s.compile_requests),
    hits: countsTotal(s.cache_hits),
    misses: countsTotal(s.cache_misses),
    errors: countsTotal(s.cache_errors),
    cacheWrites: num(s.cache_writes),
    cacheWriteErrors: num(s.cache_write_errors),
    nonCacheable: num(s.non_cacheable_compilations),
    notCached,
    cacheLocation: typeof top.cache_location === 'string' ? top.cache_location : null,
    version: typeof top.version === 'string' ? top.version : null
  }
}

/** Percent of cacheable compilations served from the cache, one decimal; null if there were none. */
export function hitRate(stats: SccacheStats): number | null {
  const cacheable = stats.hits + stats.misses + stats.errors
  return cacheable === 0 ? null : Math.round((stats.hits / cacheable) * 1000) / 10
}

/** One line for the log and the report. */
export function describeStats(stats: SccacheStats): string {
  const rate = hitRate(stats)
  const reasons = Object.entries(stats.notCached)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ')
  return [
    `hit rate ${rate === null ? 'n/a' : `${rate}%`}`,
    `${stats.hits} hits, ${stats.misses} misses${stats.errors ? `, ${stats.errors} errors` : ''}`,
    ...(reasons ? [`not cacheable: ${reasons}`] : [])
  ].join(', ')
}
