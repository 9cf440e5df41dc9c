// Evaluates cargo's `cfg(...)` config keys (`[target.'cfg(unix)']`) against `rustc --print cfg`. Pure.

type Token = { kind: 'ident' | 'string' | '(' | ')' | ',' | '='; text: string }

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const re = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|([(),=]))/y
  let at = 0
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break
    re.lastIndex = at
    const m = re.exec(text)
    if (m === null) throw new Error(`bad cfg expression: ${text}`)
    if (m[1] !== undefined) tokens.push({ kind: 'ident', text: m[1] })
    else if (m[2] !== undefined) tokens.push({ kind: 'string', text: m[2] })
    else tokens.push({ kind: m[3] as '(' | ')' | ',' | '=', text: m[3] })
    at = re.lastIndex
  }
  return tokens
}

/** `rustc --print cfg` lines as a set of `name` and `name="value"` strings. */
export function cfgSet(lines: string[]): Set<string> {
  return new Set(lines.map((l) => l.trim()).filter((l) => l !== ''))
}

/**
 * True when `key` (e.g. `cfg(all(unix, target_arch = "aarch64"))`) matches the cfg set.
 * Throws on a malformed expression.
 */
export function cfgMatches(key: string, cfg: Set<string>): boolean {
  const outer = /^\s*cfg\s*\(([\s\S]*)\)\s*$/.exec(key)
  if (outer === null) throw new Error(`not a cfg(...) key: ${key}`)
  const tokens = tokenize(outer[1])
  let i = 0
  const expect = (kind: Token['kind']): Token => {
    const t = tokens[i++]
    if (t === undefined || t.kind !== kind) throw new Error(`bad cfg expression: ${key}`)
    return t
  }
  const list = (): boolean[] => {
    expect('(')
    const values: boolean[] = []
    while (tokens[i]?.kind !== ')') {
      values.push(expr())
      if (tokens[i]?.kind === ',') i++
      else break
    }
    expect(')')
    return values
  }
  const expr = (): boolean => {
    const name = expect('ident').text
    const next = tokens[i]
    if (next?.kind === '(' && ['all', 'any', 'not'].includes(name)) {
      const values = list()
      if (name === 'all') return values.every(Boolean)
      if (name === 'any') return values.some(Boolean)
      if (values.length !== 1) throw new Error(`bad cfg expression: ${key}`)
      return !values[0]
    }
    if (next?.kind === '=') {
      i++
      const value = expect('string').text
      return cfg.has(`${name}="${value}"`)
    }
    return cfg.has(name)
  }
  const result = expr()
  if (i !== tokens.length) throw new Error(`bad cfg expression: ${key}`)
  return result
}
