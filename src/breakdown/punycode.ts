// Punycode (RFC 3492), the encoding of v0 identifiers that are not ASCII. Pure.

/** RFC 3492 Punycode as v0 writes it (`_` for the delimiter); null if it is not well-formed. */
export function decodePunycode(encoded: string): string | null {
  const delimiter = encoded.lastIndexOf('_')
  if (delimiter === encoded.length - 1) return null // nothing after the ASCII part
  const out = [...encoded.slice(0, Math.max(delimiter, 0))].map((c) => c.codePointAt(0) ?? 0)
  let [i, n, bias, pos] = [0, 128, 72, delimiter + 1]
  while (pos < encoded.length) {
    const start = i
    let weight = 1
    for (let k = 36; ; k += 36) {
      const c = encoded.charCodeAt(pos++) // NaN past the end: no digit
      const digit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1
      if (digit < 0) return null
      i += digit * weight
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias
      if (digit < t) break
      weight *= 36 - t
    }
    bias = adaptBias(i - start, out.length + 1, start === 0)
    n += Math.floor(i / (out.length + 1))
    i %= out.length + 1
    if (n > 0x10ffff) return null
    out.splice(i++, 0, n)
  }
  return String.fromCodePoint(...out)
}

function adaptBias(delta: number, points: number, first: boolean): number {
  let d = Math.floor(delta / (first ? 700 : 2))
  d += Math.floor(d / points)
  let k = 0
  for (; d > 455; k += 36) d = Math.floor(d / 35)
  return k + Math.floor((36 * d) / (d + 38))
}
