// v0-mangled Rust symbol names (`_R…`, RFC 2603): the readable path and the crates it names. Pure.
import type { Demangled } from './demangle.js'
import { decodePunycode } from './punycode.js'

/** The basic types by their letter, e.g. `h` is `u8`. */
const BASIC_TYPES: Record<string, string> = Object.fromEntries(
  'a:i8 b:bool c:char d:f64 e:str f:f32 h:u8 i:isize j:usize l:i32 m:u32 n:i128 o:u128 s:i16 t:u16'
    .concat(' u:() v:... x:i64 y:u64 z:! p:_')
    .split(' ')
    .map((pair) => pair.split(':'))
)

const U64_MAX = 2n ** 64n - 1n

/** A name that is not well-formed v0: demangleV0 returns null for it. */
class V0Error extends Error {}

/** A reader of one v0 symbol: each method consumes one grammar rule and returns its text. */
class V0 {
  private pos = 0
  private depth = 0
  /** Lifetimes bound by the `for<…>` binders around the current position. */
  private bound = 0
  constructor(private readonly s: string) {}

  private peek(): string {
    return this.s[this.pos] ?? ''
  }
  private next(): string {
    if (this.pos >= this.s.length) throw new V0Error()
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
      if (d < 0) throw new V0Error()
      n = n * 62 + d
    }
  }
  private optBase62(tag: string): number {
    return this.eat(tag) ? this.base62() + 1 : 0
  }
  private decimal(): number {
    const m = /^(?:0|[1-9]\d*)/.exec(this.s.slice(this.pos))
    if (m === null) throw new V0Error()
    this.pos += m[0].length
    return Number(m[0])
  }
  private ident(): { disambiguator: number; name: string } {
    const disambiguator = this.optBase62('s')
    const punycode = this.eat('u')
    const len = this.decimal()
    this.eat('_')
    const name = this.s.slice(this.pos, this.pos + len)
    if (name.length !== len) throw new V0Error()
    this.pos += len
    return { disambiguator, name: punycode ? (decodePunycode(name) ?? `punycode{${name}}`) : name }
  }
  /** A lifetime by its De Bruijn index: 0 is erased; the others name a binder's `'a`, `'b`, …. */
  private lifetime(index: number): string {
    if (index === 0) return "'_"
    const depth = this.bound - index
    if (depth < 0) throw new V0Error()
    return depth < 26 ? `'${String.fromCharCode(97 + depth)}` : `'_${depth}`
  }
  /** `for<'a, …> ` and what it binds, for a `G` binder before a fn signature or dyn bounds. */
  private binder(read: () => string): string {
    const count = this.optBase62('G')
    const names: string[] = []
    for (let i = 0; i < count; i++) {
      this.bound++
      names.push(this.lifetime(1))
    }
    try {
      const text = read()
      return count > 0 ? `for<${names.join(', ')}> ${text}` : text
    } finally {
      this.bound -= count
    }
  }
  /** Whether the path ahead, through backrefs, is generic (`I…E`), so bindings join its `<…>`. */
  private genericAhead(): boolean {
    const saved = this.pos
    try {
      while (this.eat('B')) this.pos = this.base62()
      return this.peek() === 'I'
    } finally {
      this.pos = saved
    }
  }
  private backref<T>(read: () => T): T {
    const target = this.base62()
    if (target >= this.pos - 1) throw new V0Error()
    const saved = this.pos
    this.pos = target
    try {
      return read()
    } finally {
      this.pos = saved
    }
  }
  private guard<T>(read: () => T): T {
    if (++this.depth > 200) throw new V0Error()
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
          throw new V0Error()
      }
    })
  }

  private genericArg(): string {
    if (this.eat('L')) return this.lifetime(this.base62())
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
          const index = this.eat('L') ? this.base62() : 0
          const lifetime = index === 0 ? '' : `${this.lifetime(index)} `
          return `&${lifetime}${tag === 'Q' ? 'mut ' : ''}${this.type()}`
        }
        case 'P':
          return `*const ${this.type()}`
        case 'O':
          return `*mut ${this.type()}`
        case 'F':
          return this.binder(() => this.fnSig())
        case 'D': {
          const bounds = this.binder(() => this.dynBounds())
          if (!this.eat('L')) throw new V0Error()
          const index = this.base62()
          return `dyn ${bounds}${index === 0 ? '' : ` + ${this.lifetime(index)}`}`
        }
        case 'B':
          return this.backref(() => this.type())
        default:
          throw new V0Error()
      }
    })
  }

  /** The traits of a `dyn`, each with its associated-type bindings inside its `<…>`. */
  private dynBounds(): string {
    const traits: string[] = []
    while (!this.eat('E')) {
      const open = this.genericAhead()
      const t = this.path(false)
      const bindings: string[] = []
      while (this.eat('p')) {
        const { name } = this.ident()
        bindings.push(`${name} = ${this.type()}`)
      }
      if (bindings.length === 0) traits.push(t)
      else
        traits.push(
          open ? `${t.slice(0, -1)}, ${bindings.join(', ')}>` : `${t}<${bindings.join(', ')}>`
        )
    }
    return traits.join(' + ')
  }

  private fnSig(): string {
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
    if (ty === 'c') {
      if (value > 0x10ffffn) throw new V0Error()
      return `'${String.fromCodePoint(Number(value))}'`
    }
    // As rustc-demangle: what does not fit in 64 bits is printed as its hex digits.
    const magnitude = value > U64_MAX ? `0x${digits}` : String(value)
    return `${negative ? '-' : ''}${magnitude}`
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
