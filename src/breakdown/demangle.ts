// Rust symbol names, legacy (`_ZN…E`) and v0 (`_R…`): the readable path, and the crates the
// symbol's path names, in the order that decides where its code came from. Pure.

import { demangleV0 } from './demangle-v0.js'

export { demangleV0 }

export interface Demangled {
  /** The readable name, without the legacy hash, e.g. `<regex::Regex as core::fmt::Debug>::fmt`. */
  text: string
  /**
   * Crates that may own the code, most likely first: for `<T as Trait>` the impl's crate (v0) or
   * the type's and the trait's crates (legacy); for other paths, the path's root crate.
   */
  crates: string[]
}

const LEGACY_ESCAPES: Record<string, string> = {
  SP: '@',
  BP: '*',
  RF: '&',
  LT: '<',
  GT: '>',
  LP: '(',
  RP: ')',
  C: ','
}

function unescapeLegacy(ident: string): string {
  let s = ident.startsWith('_$') ? ident.slice(1) : ident
  s = s.replace(/\$([A-Z]{1,2}|u[0-9a-f]{2,6})\$/g, (whole, code: string) => {
    if (code.startsWith('u')) return String.fromCodePoint(parseInt(code.slice(1), 16))
    return LEGACY_ESCAPES[code] ?? whole
  })
  return s.replace(/\.\./g, '::')
}

/** `_ZN3std2io5stdio6_print17h0123456789abcdefE` → `std::io::stdio::_print`; null if not legacy. */
export function demangleLegacy(symbol: string): string | null {
  const m = /^_{1,2}ZN(.*)$/.exec(symbol) ?? /^ZN(.*)$/.exec(symbol)
  if (m === null) return null
  const body = m[1]
  const parts: string[] = []
  let i = 0
  // Length-prefixed identifiers up to `E`, read in place (maps hold tens of thousands of names).
  while (i < body.length && body[i] !== 'E') {
    let n = 0
    while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57)
      n = n * 10 + body.charCodeAt(i++) - 48
    if (n === 0) return null // no length; one past the end leaves no `E` to end on
    parts.push(body.slice(i, i + n))
    i += n
  }
  if (body[i] !== 'E' || parts.length === 0) return null
  const last = parts[parts.length - 1]
  if (parts.length > 1 && LEGACY_HASH.test(last)) parts.pop()
  // A fast path: most segments have nothing to unescape, and unescaping them changes nothing.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent
  return parts.map((p) => (p.includes('$') || p.includes('.') ? unescapeLegacy(p) : p)).join('::')
}
const LEGACY_HASH = /^h[0-9a-f]{16}$/

/** The first path segment of a type or path text: `&mut alloc::vec::Vec<u8>` → `alloc`. */
function rootOf(text: string): string | null {
  // `unsafe extern "C" fn(…)` and other fn pointers name no crate first: nothing to strip.
  const t = text.replace(/^(?:&(?:mut )?|\*(?:const|mut) |dyn |\[|\()+/g, '')
  if (t.startsWith('<')) return legacyCrates(t)[0] ?? null
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(t)
  return m === null ? null : m[1]
}

/** Splits `<A as B>::rest` into A and B (B null for `<A>::rest`), at the outermost brackets. */
function splitQualified(text: string): { self: string; trait: string | null } | null {
  let depth = 0
  let as = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '<') depth++
    else if (c === '>' && text[i - 1] !== '-') {
      depth--
      if (depth === 0) {
        const inner = text.slice(1, i)
        if (as < 0) return { self: inner, trait: null }
        return { self: inner.slice(0, as - 1), trait: inner.slice(as - 1 + 4) }
      }
    } else if (depth === 1 && as < 0 && text.startsWith(' as ', i)) as = i
  }
  return null
}

/** The crates a legacy name's readable text names: `<A as B>` gives A's then B's. */
export function legacyCrates(text: string): string[] {
  if (!text.startsWith('<')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:::|$)/.exec(text)
    return m === null ? [] : [m[1]]
  }
  const q = splitQualified(text)
  if (q === null) return []
  const crates = [rootOf(q.self), q.trait === null ? null : rootOf(q.trait)]
  return crates.filter((c): c is string => c !== null)
}

/** Either scheme; null for names that are not Rust's (C functions, compiler intrinsics). */
export function demangle(symbol: string): Demangled | null {
  const name = symbol.replace(/\.(?:llvm|cold|part|isra|constprop)\.[\w.]*$/, '')
  const v0 = demangleV0(name)
  if (v0 !== null) return v0
  const legacy = demangleLegacy(name)
  if (legacy === null) return null
  return { text: legacy, crates: legacyCrates(legacy) }
}
