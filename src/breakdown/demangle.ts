// Rust symbol names, legacy (`_ZN…E`) and v0 (`_R…`): the readable path, and the crates the
// symbol's path names, in the order that decides where its code came from. Pure.

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
    const start = i
    while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57)
      n = n * 10 + body.charCodeAt(i++) - 48
    if (i === start || n === 0 || i + n > body.length) return null
    parts.push(body.slice(i, i + n))
    i += n
  }
  if (body[i] !== 'E' || parts.length === 0) return null
  const last = parts[parts.length - 1]
  if (parts.length > 1 && LEGACY_HASH.test(last)) parts.pop()
  return parts.map((p) => (p.includes('$') || p.includes('.') ? unescapeLegacy(p) : p)).join('::')
}
const LEGACY_HASH = /^h[0-9a-f]{16}$/

/** The first path segment of a type or path text: `&mut alloc::vec::Vec<u8>` → `alloc`. */
function rootOf(text: string): string | null {
  const t = text
    .replace(/^(?:&(?:mut )?|\*(?:const|mut) |dyn |\[|\(|unsafe |extern "[^"]*" )+/g, '')
    .trim()
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

const BASIC_TYPES: Record<string, string> = {
  a: 'i8',
  b: 'bool',
  c: 'char',
  d: 'f64',
  e: 'str',
  f: 'f32',
  h: 'u8',
  i: 'isize',
  j: 'usize',
  l: 'i32',
  m: 'u32',
  n: 'i128',
  o: 'u128',
  s: 'i16',
  t: 'u16',
  u: '()',
  v: '...',
  x: 'i64',
  y: 'u64',
  z: '!',
  p: '_'
}

class V0Error extends Error {}

/** A reader of one v0 symbol: each method consumes one grammar rule and returns its text. */
class V0 {
  private pos = 0
  private depth = 0
  /** The crate of the outermost path's root, or of the impl for trait and inherent impls. */
  crates: string[] = []
  constructor(private readonly s: string) {}

  private peek(): string {
    return this.s[this.pos] ?? ''
  }
  private next(): string {
    if (this.pos >= this.s.length) throw new V0Error('unexpected end')
    return this.s[this.pos++]
  }
  private eat(c: string): boolean {
    if (this.peek() !== c) return false
    this.pos++
    return true
  }
  private base62(): number {
    if (this.eat('_')) return 0
    let n = 0
    for (;;) {
      const c = this.next()
      if (c === '_') return n + 1
      const d = /[0-9]/.test(c)
        ? c.charCodeAt(0) - 48
        : /[a-z]/.test(c)
          ? c.charCodeAt(0) - 87
          : /[A-Z]/.test(c)
            ? c.charCodeAt(0) - 29
            : -1
      if (d < 0) throw new V0Error(`bad base-62 digit ${c}`)
      n = n * 62 + d
    }
  }
  private optBase62(tag: string): number {
    return this.eat(tag) ? this.base62() + 1 : 0
  }
  private decimal(): number {
    const m = /^(?:0|[1-9]\d*)/.exec(this.s.slice(this.pos))
    if (m === null) throw new V0Error('expected a number')
    this.pos += m[0].length
    return Number(m[0])
  }
  private ident(): { disambiguator: number; name: string } {
    const disambiguator = this.optBase62('s')
    const punycode = this.eat('u')
    const len = this.decimal()
    this.eat('_')
    const name = this.s.slice(this.pos, this.pos + len)
    if (name.length !== len) throw new V0Error('identifier past the end')
    this.pos += len
    return { disambiguator, name: punycode ? `punycode{${name}}` : name }
  }
  private backref<T>(read: () => T): T {
    const target = this.base62()
    if (target >= this.pos - 1) throw new V0Error('forward backref')
    const saved = this.pos
    this.pos = target
    try {
      return read()
    } finally {
      this.pos = saved
    }
  }
  private guard<T>(read: () => T): T {
    if (++this.depth > 200) throw new V0Error('too deep')
    try {
      return read()
    } finally {
      this.depth--
    }
  }

  /** A path; `inValue` prints generic args as `::<…>` (expression position). */
  path(inValue: boolean, roots?: string[]): string {
    return this.guard(() => {
      const tag = this.next()
      switch (tag) {
        case 'C': {
          const { name } = this.ident()
          roots?.push(name)
          return name
        }
        case 'M': {
          this.optBase62('s')
          this.path(false, roots) // the impl's parent module: only its crate matters
          return `<${this.type()}>`
        }
        case 'X': {
          this.optBase62('s')
          this.path(false, roots)
          const self = this.type()
          return `<${self} as ${this.path(false)}>`
        }
        case 'Y': {
          const typeRoots: string[] = []
          const self = this.typeWithRoots(typeRoots)
          const traitRoots: string[] = []
          const trait = this.path(false, traitRoots)
          roots?.push(...typeRoots.slice(0, 1), ...traitRoots.slice(0, 1))
          return `<${self} as ${trait}>`
        }
        case 'N': {
          const ns = this.next()
          const parent = this.path(inValue, roots)
          const { disambiguator, name } = this.ident()
          if (/[A-Z]/.test(ns)) {
            const kind = ns === 'C' ? 'closure' : ns === 'S' ? 'shim' : ns
            return `${parent}::{${kind}${name ? `:${name}` : ''}#${disambiguator}}`
          }
          return `${parent}::${name}`
        }
        case 'I': {
          const base = this.path(inValue, roots)
          const args: string[] = []
          while (!this.eat('E')) args.push(this.genericArg())
          return `${base}${inValue ? '::' : ''}<${args.join(', ')}>`
        }
        case 'B':
          return this.backref(() => this.path(inValue, roots))
        default:
          throw new V0Error(`bad path tag ${tag}`)
      }
    })
  }

  private genericArg(): string {
    if (this.eat('L')) {
      this.base62()
      return "'_"
    }
    if (this.eat('K')) return this.constant()
    return this.type()
  }

  private typeWithRoots(roots: string[]): string {
    const c = this.peek()
    if (/[CMXYNI]/.test(c)) return this.path(false, roots)
    return this.type()
  }

  type(): string {
    return this.guard(() => {
      const tag = this.peek()
      if (BASIC_TYPES[tag] !== undefined) {
        this.pos++
        return BASIC_TYPES[tag]
      }
      if (/[CMXYNI]/.test(tag)) return this.path(false)
      this.pos++
      switch (tag) {
        case 'A': {
          const t = this.type()
          return `[${t}; ${this.constant()}]`
        }
        case 'S':
          return `[${this.type()}]`
        case 'T': {
          const items: string[] = []
          while (!this.eat('E')) items.push(this.type())
          return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
        }
        case 'R':
        case 'Q': {
          if (this.eat('L')) this.base62()
          return `&${tag === 'Q' ? 'mut ' : ''}${this.type()}`
        }
        case 'P':
          return `*const ${this.type()}`
        case 'O':
          return `*mut ${this.type()}`
        case 'F':
          return this.fnSig()
        case 'D': {
          this.optBase62('G')
          const traits: string[] = []
          while (!this.eat('E')) {
            let t = this.path(false)
            const bindings: string[] = []
            while (this.eat('p')) {
              const { name } = this.ident()
              bindings.push(`${name} = ${this.type()}`)
            }
            if (bindings.length > 0) t = `${t.replace(/>$/, ', ')}${bindings.join(', ')}>`
            traits.push(t)
          }
          if (this.eat('L')) this.base62()
          return `dyn ${traits.join(' + ')}`
        }
        case 'B':
          return this.backref(() => this.type())
        default:
          throw new V0Error(`bad type tag ${tag}`)
      }
    })
  }

  private fnSig(): string {
    this.optBase62('G')
    const unsafe = this.eat('U') ? 'unsafe ' : ''
    let abi = ''
    if (this.eat('K')) {
      abi = this.eat('C') ? 'extern "C" ' : `extern "${this.ident().name.replace(/_/g, '-')}" `
    }
    const params: string[] = []
    while (!this.eat('E')) params.push(this.type())
    const ret = this.type()
    return `${unsafe}${abi}fn(${params.join(', ')})${ret === '()' ? '' : ` -> ${ret}`}`
  }

  private constant(): string {
    if (this.eat('p')) return '_'
    if (this.eat('B')) return this.backref(() => this.constant())
    const ty = this.next()
    const negative = this.eat('n')
    const hex = /^[0-9a-f]*_/.exec(this.s.slice(this.pos))
    if (hex === null) return `{const ${ty}}` // a structural constant this reader does not print
    this.pos += hex[0].length
    const digits = hex[0].slice(0, -1)
    const value = digits === '' ? 0n : BigInt(`0x${digits}`)
    if (ty === 'b') return value === 0n ? 'false' : 'true'
    if (ty === 'c') return `'${String.fromCodePoint(Number(value))}'`
    return `${negative ? '-' : ''}${value}`
  }

  done(): boolean {
    // An instantiating crate may follow, then a vendor suffix (`.llvm.123`).
    return this.pos >= this.s.length || /^[A-Z.$]/.test(this.s.slice(this.pos))
  }
}

/** `_RNvCs1234_7mycrate4main` → `mycrate::main`; null if not v0 or not well-formed. */
export function demangleV0(symbol: string): Demangled | null {
  // Backref positions count from after `_R`. A leading digit would be an encoding version
  // rustc has not defined.
  const m = /^_{0,2}R([A-Z].*)$/.exec(symbol)
  if (m === null) return null
  const reader = new V0(m[1])
  try {
    const roots: string[] = []
    const text = reader.path(true, roots)
    if (!reader.done()) return null
    return { text, crates: roots.slice(0, 2) }
  } catch (error) {
    if (error instanceof V0Error) return null
    throw error
  }
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
