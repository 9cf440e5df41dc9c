import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  shortSha256
} from "./chunk-GLLIZ4A3.js";

// src/breakdown/punycode.ts
function decodePunycode(encoded) {
  const delimiter = encoded.lastIndexOf("_");
  if (delimiter === encoded.length - 1) return null;
  const out = [...encoded.slice(0, Math.max(delimiter, 0))].map((c) => c.codePointAt(0) ?? 0);
  let [i, n, bias, pos] = [0, 128, 72, delimiter + 1];
  while (pos < encoded.length) {
    const start = i;
    let weight = 1;
    for (let k = 36; ; k += 36) {
      const c = encoded.charCodeAt(pos++);
      const digit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
      if (digit < 0) return null;
      i += digit * weight;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      weight *= 36 - t;
    }
    bias = adaptBias(i - start, out.length + 1, start === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 1114111) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
function adaptBias(delta, points, first) {
  let d = Math.floor(delta / (first ? 700 : 2));
  d += Math.floor(d / points);
  let k = 0;
  for (; d > 455; k += 36) d = Math.floor(d / 35);
  return k + Math.floor(36 * d / (d + 38));
}

// src/breakdown/demangle-v0.ts
var BASIC_TYPES = Object.fromEntries(
  "a:i8 b:bool c:char d:f64 e:str f:f32 h:u8 i:isize j:usize l:i32 m:u32 n:i128 o:u128 s:i16 t:u16".concat(" u:() v:... x:i64 y:u64 z:! p:_").split(" ").map((pair) => pair.split(":"))
);
var U64_MAX = 2n ** 64n - 1n;
var V0Error = class extends Error {
};
var V0 = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  depth = 0;
  /** Lifetimes bound by the `for<…>` binders around the current position. */
  bound = 0;
  peek() {
    return this.s[this.pos] ?? "";
  }
  next() {
    if (this.pos >= this.s.length) throw new V0Error();
    return this.s[this.pos++];
  }
  eat(c) {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }
  base62() {
    if (this.eat("_")) return 0;
    let n = 0;
    for (; ; ) {
      const c = this.next();
      if (c === "_") return n + 1;
      const d = /[0-9]/.test(c) ? c.charCodeAt(0) - 48 : /[a-z]/.test(c) ? c.charCodeAt(0) - 87 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 29 : -1;
      if (d < 0) throw new V0Error();
      n = n * 62 + d;
    }
  }
  optBase62(tag) {
    return this.eat(tag) ? this.base62() + 1 : 0;
  }
  decimal() {
    const m = /^(?:0|[1-9]\d*)/.exec(this.s.slice(this.pos));
    if (m === null) throw new V0Error();
    this.pos += m[0].length;
    return Number(m[0]);
  }
  ident() {
    const disambiguator = this.optBase62("s");
    const punycode = this.eat("u");
    const len = this.decimal();
    this.eat("_");
    const name = this.s.slice(this.pos, this.pos + len);
    if (name.length !== len) throw new V0Error();
    this.pos += len;
    return { disambiguator, name: punycode ? decodePunycode(name) ?? `punycode{${name}}` : name };
  }
  /** A lifetime by its De Bruijn index: 0 is erased; the others name a binder's `'a`, `'b`, …. */
  lifetime(index) {
    if (index === 0) return "'_";
    const depth = this.bound - index;
    if (depth < 0) throw new V0Error();
    return depth < 26 ? `'${String.fromCharCode(97 + depth)}` : `'_${depth}`;
  }
  /** `for<'a, …> ` and what it binds, for a `G` binder before a fn signature or dyn bounds. */
  binder(read) {
    const count = this.optBase62("G");
    const names = [];
    for (let i = 0; i < count; i++) {
      this.bound++;
      names.push(this.lifetime(1));
    }
    try {
      const text = read();
      return count > 0 ? `for<${names.join(", ")}> ${text}` : text;
    } finally {
      this.bound -= count;
    }
  }
  /** Whether the path ahead, through backrefs, is generic (`I…E`), so bindings join its `<…>`. */
  genericAhead() {
    const saved = this.pos;
    try {
      while (this.eat("B")) this.pos = this.base62();
      return this.peek() === "I";
    } finally {
      this.pos = saved;
    }
  }
  backref(read) {
    const target = this.base62();
    if (target >= this.pos - 1) throw new V0Error();
    const saved = this.pos;
    this.pos = target;
    try {
      return read();
    } finally {
      this.pos = saved;
    }
  }
  guard(read) {
    if (++this.depth > 200) throw new V0Error();
    try {
      return read();
    } finally {
      this.depth--;
    }
  }
  /** A path; `inValue` prints generic args as `::<…>` (expression position). */
  path(inValue, roots) {
    return this.guard(() => {
      const tag = this.next();
      switch (tag) {
        case "C": {
          const { name } = this.ident();
          roots?.push(name);
          return name;
        }
        case "M": {
          this.optBase62("s");
          this.path(false, roots);
          return `<${this.type()}>`;
        }
        case "X": {
          this.optBase62("s");
          this.path(false, roots);
          const self = this.type();
          return `<${self} as ${this.path(false)}>`;
        }
        case "Y": {
          const typeRoots = [];
          const self = this.typeWithRoots(typeRoots);
          const traitRoots = [];
          const trait = this.path(false, traitRoots);
          roots?.push(...typeRoots.slice(0, 1), ...traitRoots.slice(0, 1));
          return `<${self} as ${trait}>`;
        }
        case "N": {
          const ns = this.next();
          const parent = this.path(inValue, roots);
          const { disambiguator, name } = this.ident();
          if (/[A-Z]/.test(ns)) {
            const kind = ns === "C" ? "closure" : ns === "S" ? "shim" : ns;
            return `${parent}::{${kind}${name ? `:${name}` : ""}#${disambiguator}}`;
          }
          return `${parent}::${name}`;
        }
        case "I": {
          const base = this.path(inValue, roots);
          const args = [];
          while (!this.eat("E")) args.push(this.genericArg());
          return `${base}${inValue ? "::" : ""}<${args.join(", ")}>`;
        }
        case "B":
          return this.backref(() => this.path(inValue, roots));
        default:
          throw new V0Error();
      }
    });
  }
  genericArg() {
    if (this.eat("L")) return this.lifetime(this.base62());
    if (this.eat("K")) return this.constant();
    return this.type();
  }
  typeWithRoots(roots) {
    const c = this.peek();
    if (/[CMXYNI]/.test(c)) return this.path(false, roots);
    return this.type();
  }
  type() {
    return this.guard(() => {
      const tag = this.peek();
      if (BASIC_TYPES[tag] !== void 0) {
        this.pos++;
        return BASIC_TYPES[tag];
      }
      if (/[CMXYNI]/.test(tag)) return this.path(false);
      this.pos++;
      switch (tag) {
        case "A": {
          const t = this.type();
          return `[${t}; ${this.constant()}]`;
        }
        case "S":
          return `[${this.type()}]`;
        case "T": {
          const items = [];
          while (!this.eat("E")) items.push(this.type());
          return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
        }
        case "R":
        case "Q": {
          const index = this.eat("L") ? this.base62() : 0;
          const lifetime = index === 0 ? "" : `${this.lifetime(index)} `;
          return `&${lifetime}${tag === "Q" ? "mut " : ""}${this.type()}`;
        }
        case "P":
          return `*const ${this.type()}`;
        case "O":
          return `*mut ${this.type()}`;
        case "F":
          return this.binder(() => this.fnSig());
        case "D": {
          const bounds = this.binder(() => this.dynBounds());
          if (!this.eat("L")) throw new V0Error();
          const index = this.base62();
          return `dyn ${bounds}${index === 0 ? "" : ` + ${this.lifetime(index)}`}`;
        }
        case "B":
          return this.backref(() => this.type());
        default:
          throw new V0Error();
      }
    });
  }
  /** The traits of a `dyn`, each with its associated-type bindings inside its `<…>`. */
  dynBounds() {
    const traits = [];
    while (!this.eat("E")) {
      const open = this.genericAhead();
      const t = this.path(false);
      const bindings = [];
      while (this.eat("p")) {
        const { name } = this.ident();
        bindings.push(`${name} = ${this.type()}`);
      }
      if (bindings.length === 0) traits.push(t);
      else
        traits.push(
          open ? `${t.slice(0, -1)}, ${bindings.join(", ")}>` : `${t}<${bindings.join(", ")}>`
        );
    }
    return traits.join(" + ");
  }
  fnSig() {
    const unsafe = this.eat("U") ? "unsafe " : "";
    let abi = "";
    if (this.eat("K")) {
      abi = this.eat("C") ? 'extern "C" ' : `extern "${this.ident().name.replace(/_/g, "-")}" `;
    }
    const params = [];
    while (!this.eat("E")) params.push(this.type());
    const ret = this.type();
    return `${unsafe}${abi}fn(${params.join(", ")})${ret === "()" ? "" : ` -> ${ret}`}`;
  }
  constant() {
    if (this.eat("p")) return "_";
    if (this.eat("B")) return this.backref(() => this.constant());
    const ty = this.next();
    const negative = this.eat("n");
    const hex = /^[0-9a-f]*_/.exec(this.s.slice(this.pos));
    if (hex === null) return `{const ${ty}}`;
    this.pos += hex[0].length;
    const digits = hex[0].slice(0, -1);
    const value = digits === "" ? 0n : BigInt(`0x${digits}`);
    if (ty === "b") return value === 0n ? "false" : "true";
    if (ty === "c") {
      if (value > 0x10ffffn) throw new V0Error();
      return `'${String.fromCodePoint(Number(value))}'`;
    }
    const magnitude = value > U64_MAX ? `0x${digits}` : String(value);
    return `${negative ? "-" : ""}${magnitude}`;
  }
  done() {
    return this.pos >= this.s.length || /^[A-Z.$]/.test(this.s.slice(this.pos));
  }
};
function demangleV0(symbol) {
  const m = /^_{0,2}R([A-Z].*)$/.exec(symbol);
  if (m === null) return null;
  const reader = new V0(m[1]);
  try {
    const roots = [];
    const text = reader.path(true, roots);
    if (!reader.done()) return null;
    return { text, crates: roots.slice(0, 2) };
  } catch (error) {
    if (error instanceof V0Error) return null;
    throw error;
  }
}

// src/breakdown/demangle.ts
var LEGACY_ESCAPES = {
  SP: "@",
  BP: "*",
  RF: "&",
  LT: "<",
  GT: ">",
  LP: "(",
  RP: ")",
  C: ","
};
function unescapeLegacy(ident) {
  let s = ident.startsWith("_$") ? ident.slice(1) : ident;
  s = s.replace(/\$([A-Z]{1,2}|u[0-9a-f]{2,6})\$/g, (whole, code) => {
    if (code.startsWith("u")) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return LEGACY_ESCAPES[code] ?? whole;
  });
  return s.replace(/\.\./g, "::");
}
function demangleLegacy(symbol) {
  const m = /^_{1,2}ZN(.*)$/.exec(symbol) ?? /^ZN(.*)$/.exec(symbol);
  if (m === null) return null;
  const body = m[1];
  const parts = [];
  let i = 0;
  while (i < body.length && body[i] !== "E") {
    let n = 0;
    while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57)
      n = n * 10 + body.charCodeAt(i++) - 48;
    if (n === 0) return null;
    parts.push(body.slice(i, i + n));
    i += n;
  }
  if (body[i] !== "E" || parts.length === 0) return null;
  const last = parts[parts.length - 1];
  if (parts.length > 1 && LEGACY_HASH.test(last)) parts.pop();
  return parts.map((p) => p.includes("$") || p.includes(".") ? unescapeLegacy(p) : p).join("::");
}
var LEGACY_HASH = /^h[0-9a-f]{16}$/;
function rootOf(text) {
  const t = text.replace(/^(?:&(?:mut )?|\*(?:const|mut) |dyn |\[|\()+/g, "");
  if (t.startsWith("<")) return legacyCrates(t)[0] ?? null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(t);
  return m === null ? null : m[1];
}
function splitQualified(text) {
  let depth = 0;
  let as = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<") depth++;
    else if (c === ">" && text[i - 1] !== "-") {
      depth--;
      if (depth === 0) {
        const inner = text.slice(1, i);
        if (as < 0) return { self: inner, trait: null };
        return { self: inner.slice(0, as - 1), trait: inner.slice(as - 1 + 4) };
      }
    } else if (depth === 1 && as < 0 && text.startsWith(" as ", i)) as = i;
  }
  return null;
}
function legacyCrates(text) {
  if (!text.startsWith("<")) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:::|$)/.exec(text);
    return m === null ? [] : [m[1]];
  }
  const q = splitQualified(text);
  if (q === null) return [];
  const crates = [rootOf(q.self), q.trait === null ? null : rootOf(q.trait)];
  return crates.filter((c) => c !== null);
}
function demangle(symbol) {
  const name = symbol.replace(/\.(?:llvm|cold|part|isra|constprop)\.[\w.]*$/, "");
  const v0 = demangleV0(name);
  if (v0 !== null) return v0;
  const legacy = demangleLegacy(name);
  if (legacy === null) return null;
  return { text: legacy, crates: legacyCrates(legacy) };
}

// src/breakdown/crates.ts
var STD = "std";
var UNKNOWN = "[unknown]";
var SYSROOT_CRATES = /* @__PURE__ */ new Set([
  "std",
  "core",
  "alloc",
  "std_detect",
  "panic_abort",
  "panic_unwind",
  "unwind",
  "compiler_builtins",
  "rustc_demangle",
  "addr2line",
  "gimli",
  "object",
  "miniz_oxide",
  "adler",
  "adler2",
  "hashbrown",
  "memchr",
  "cfg_if",
  "libc",
  "rustc_std_workspace_core",
  "rustc_std_workspace_alloc",
  "rustc_std_workspace_std",
  "proc_macro",
  "profiler_builtins",
  "wasi",
  "r_efi"
]);
var crateKey = (name) => name.replace(/-/g, "_");
function knownCrates(reported) {
  const known = /* @__PURE__ */ new Map();
  for (const name of reported) if (!known.has(crateKey(name))) known.set(crateKey(name), name);
  return known;
}
function resolve(name, known) {
  const key = crateKey(name);
  const shown = known.get(key);
  if (shown !== void 0) return shown;
  return SYSROOT_CRATES.has(key) ? STD : null;
}
function crateOfSymbol(symbol, known) {
  const d = demangle(symbol);
  if (d === null) return null;
  const found = d.crates.map((c) => resolve(c, known)).filter((c) => c !== null);
  return found.find((c) => c !== STD) ?? found[0] ?? null;
}
function crateOfFile(file, known) {
  const norm = file.replace(/\\/g, "/");
  const rlib = /(?:^|\/)lib([A-Za-z0-9_]+)-[0-9a-f]+\.rlib(?:\(|$)/.exec(norm);
  if (/\/lib\/rustlib\//.test(norm)) return STD;
  if (rlib !== null) return resolve(rlib[1], known) ?? UNKNOWN;
  return UNKNOWN;
}
function crateOf(symbol, file, known) {
  const bySymbol = symbol === null ? null : crateOfSymbol(symbol, known);
  return bySymbol ?? crateOfFile(file, known);
}

// src/breakdown/link-map.ts
var LLD_LINE = /^\s*[0-9a-f]+\s+(?:[0-9a-f]+\s+)?([0-9a-f]+)\s+\d+\s(\s*)(\S.*)$/;
function parseLld(lines) {
  let textSize = null;
  let inText = false;
  let outIndent = -1;
  const text = [];
  for (const line of lines) {
    const m = LLD_LINE.exec(line);
    if (m === null) continue;
    const indent = m[2].length;
    const name = m[3];
    if (outIndent < 0) outIndent = indent;
    if (indent === outIndent) {
      inText = name === ".text";
      if (inText) textSize = parseInt(m[1], 16);
      continue;
    }
    if (!inText || indent > outIndent + 8) continue;
    const input = /^(.*):\((.*)\)$/.exec(name);
    if (input !== null) text.push({ section: input[2], file: input[1], size: parseInt(m[1], 16) });
  }
  return { textSize, text };
}
function parseGnu(lines) {
  let textSize = null;
  let inText = false;
  let pending = null;
  const text = [];
  const start = lines.findIndex((l) => l.startsWith("Linker script and memory map"));
  for (const line of lines.slice(start + 1)) {
    const out = /^(\.\S+)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+))?/.exec(line);
    if (out !== null) {
      inText = out[1] === ".text";
      if (inText && out[3] !== void 0) textSize = parseInt(out[3], 16);
      pending = null;
      continue;
    }
    if (!inText) continue;
    const whole = /^ (\.\S+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line);
    if (whole !== null) {
      text.push({ section: whole[1], file: whole[3], size: parseInt(whole[2], 16) });
      pending = null;
      continue;
    }
    const head = /^ (\.\S+)\s*$/.exec(line);
    if (head !== null) {
      pending = head[1];
      continue;
    }
    const rest = /^\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line);
    if (rest !== null && pending !== null)
      text.push({ section: pending, file: rest[2], size: parseInt(rest[1], 16) });
    pending = null;
  }
  return { textSize, text };
}
function parseLinkMap(content) {
  const lines = content.split(/\r?\n/);
  if (/^\s*VMA\s+(LMA\s+)?Size\s+Align\s+Out\s+In\s+Symbol/.test(lines[0] ?? ""))
    return parseLld(lines);
  if (lines.some((l) => l.startsWith("Linker script and memory map"))) return parseGnu(lines);
  return null;
}
function sectionSymbol(section) {
  const m = /^\.text\.(?:(?:unlikely|hot|startup|exit|split)\.)?(.+)$/.exec(section);
  return m === null ? null : m[1];
}

// src/breakdown/attribute.ts
var bySize = (a, b) => b.size - a.size || a.name.localeCompare(b.name);
function attribute(map, known) {
  const sums = /* @__PURE__ */ new Map();
  for (const piece of map.text) {
    if (piece.size === 0) continue;
    const crate = crateOf(sectionSymbol(piece.section), piece.file, known);
    sums.set(crate, (sums.get(crate) ?? 0) + piece.size);
  }
  return [...sums].map(([name, size]) => ({ name, size })).sort(bySize);
}
function crateEntries(crates, baseline) {
  if (baseline === null)
    return [...crates].sort(bySize).map((c) => ({ ...c, baseline: null, delta: null }));
  const now = new Map(crates.map((c) => [c.name, c.size]));
  const entries = [...crates].sort(bySize).map((c) => {
    const before = baseline[c.name] ?? 0;
    return { name: c.name, size: c.size, baseline: before, delta: c.size - before };
  });
  const removed = Object.entries(baseline).filter(([name]) => !now.has(name)).map(([name, before]) => ({ name, size: 0, baseline: before, delta: -before })).sort((a, b) => a.delta - b.delta || a.name.localeCompare(b.name));
  return [...entries, ...removed];
}
function biggestMovers(entries, count) {
  return entries.filter((e) => e.delta !== null && e.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name)).slice(0, count);
}

// src/report/sizes.ts
function cratesByArtifact(artifacts) {
  const out = {};
  for (const a of artifacts) {
    if (a.crates) out[artifactKey(a)] = Object.fromEntries(a.crates.map((c) => [c.name, c.size]));
  }
  return out;
}
var artifactKey = (a) => `${a.target}/${a.name}`;
function applyBaseline(artifacts, baseline) {
  return artifacts.map((a) => {
    const before = baseline?.sizes[artifactKey(a)];
    const sized = before === void 0 ? { ...a, baseline: null, delta: null } : { ...a, baseline: before, delta: a.size - before };
    if (!a.crates) return sized;
    const crates = crateEntries(a.crates, baseline?.crates?.[artifactKey(a)] ?? null);
    return { ...sized, crates };
  });
}
function summarize(artifacts, baseline) {
  const total = artifacts.reduce((sum, a) => sum + a.size, 0);
  if (baseline === null) return { total, baselineTotal: null, delta: null, deltaPercent: null };
  const baselineTotal = Object.values(baseline.sizes).reduce((sum, s) => sum + s, 0);
  const delta = total - baselineTotal;
  const deltaPercent = baselineTotal === 0 ? null : round(delta / baselineTotal * 100, 2);
  return { total, baselineTotal, delta, deltaPercent };
}
function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
function overBudget(summary, budget) {
  if (summary.delta === null || summary.baselineTotal === null) return null;
  if (budget.unit === "bytes") return summary.delta > budget.value;
  if (summary.baselineTotal === 0) return summary.delta > 0;
  const micro = BigInt(Math.round(budget.value * 1e6));
  return BigInt(summary.delta) * 100n * 1000000n > micro * BigInt(summary.baselineTotal);
}
function grownArtifacts(artifacts, baseline) {
  if (baseline === null) return [];
  return artifacts.filter((a) => a.delta === null || a.delta > 0).sort((x, y) => (y.delta ?? y.size) - (x.delta ?? x.size));
}
function removedArtifacts(artifacts, baseline) {
  if (baseline === null) return [];
  const present = new Set(artifacts.map(artifactKey));
  return Object.entries(baseline.sizes).filter(([key]) => !present.has(key)).map(([key, size]) => {
    const at = key.lastIndexOf("/");
    return { target: key.slice(0, at), name: key.slice(at + 1), size };
  });
}
function formatBytes(bytes) {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} B`;
  if (abs < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (abs < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
function formatDelta(delta) {
  if (delta === null) return "\u2014";
  if (delta === 0) return "0 B";
  return `${delta > 0 ? "+" : "\u2212"}${formatBytes(Math.abs(delta))}`;
}
function formatPercent(delta, base) {
  if (delta === null || base === null || base === 0) return "\u2014";
  const p = delta / base * 100;
  if (p === 0) return "0%";
  return `${p > 0 ? "+" : "\u2212"}${Math.abs(p).toFixed(2)}%`;
}
function budgetFailure(artifacts, summary, baseline, budget) {
  if (budget === null || overBudget(summary, budget) !== true) return null;
  const grew = grownArtifacts(artifacts, baseline).map(
    (a) => a.delta === null || a.baseline === null ? `${artifactKey(a)} new (${formatBytes(a.size)})` : `${artifactKey(a)} ${formatDelta(a.delta)} (${formatPercent(a.delta, a.baseline)})`
  );
  const total = `${formatDelta(summary.delta)} (${summary.delta} bytes, ${formatPercent(summary.delta, summary.baselineTotal)})`;
  return `The total size grew ${total} over the baseline, more than the size budget ${budget.raw}.${grew.length > 0 ? ` Grew: ${grew.join("; ")}.` : ""}`;
}

// src/report/size-record.ts
var PR_EVENTS = ["pull_request", "pull_request_target"];
function planRecord(env, saveCache) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (PR_EVENTS.includes(event)) {
    return {
      compareBranch: env.GITHUB_BASE_REF || null,
      pullRequest: true,
      recordBranch: null,
      noRecordReason: "pull request runs compare but do not record"
    };
  }
  const branch = env.GITHUB_REF_NAME || null;
  return {
    compareBranch: branch,
    pullRequest: false,
    recordBranch: saveCache ? branch : null,
    noRecordReason: !saveCache ? "save-cache is false" : branch === null ? "no GITHUB_REF_NAME" : null
  };
}
function recordIdentity(jobKey, cacheKey) {
  return JSON.stringify([jobKey, cacheKey]);
}
function recordPrefix(identity, branch) {
  return `rust-optimize-sizes-v1-${shortSha256(identity)}-${shortSha256(branch)}-`;
}
function recordKey(prefix, env, now) {
  const run = env.GITHUB_RUN_ID || String(now);
  return `${prefix}${run}-${env.GITHUB_RUN_ATTEMPT || "1"}`;
}
function recordText(artifacts, branch, env) {
  const record = {
    version: 1,
    branch,
    sha: env.GITHUB_SHA || null,
    runId: env.GITHUB_RUN_ID || null,
    sizes: Object.fromEntries(artifacts.map((a) => [artifactKey(a), a.size]))
  };
  const crates = cratesByArtifact(artifacts);
  if (Object.keys(crates).length > 0) record.crates = crates;
  return `${JSON.stringify(record, null, 2)}
`;
}
function parseRecord(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${error.message})`, { cause: error });
  }
  const r = data;
  if (r === null || typeof r !== "object" || r.version !== 1)
    throw new Error("not a version 1 record");
  if (typeof r.branch !== "string") throw new Error("no branch");
  const sizes = r.sizes;
  if (sizes === null || typeof sizes !== "object" || Array.isArray(sizes))
    throw new Error("no sizes");
  for (const [key, size] of Object.entries(sizes)) {
    if (!key.includes("/") || typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
      throw new Error(`bad size entry ${JSON.stringify(key)}`);
  }
  const record = {
    version: 1,
    branch: r.branch,
    sha: typeof r.sha === "string" ? r.sha : null,
    runId: typeof r.runId === "string" ? r.runId : null,
    sizes
  };
  const crates = validCrates(r.crates);
  if (crates !== null) record.crates = crates;
  return record;
}
function validCrates(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const out = {};
  for (const [key, crates] of Object.entries(data)) {
    if (crates === null || typeof crates !== "object" || Array.isArray(crates)) return null;
    for (const size of Object.values(crates))
      if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) return null;
    out[key] = crates;
  }
  return out;
}
function recordBaseline(record, pullRequest) {
  const where = [
    record.sha === null ? null : record.sha.slice(0, 7),
    record.runId === null ? null : `run ${record.runId}`
  ].filter((x) => x !== null).join(", ");
  const what = pullRequest ? `base branch \`${record.branch}\`` : `the previous run on \`${record.branch}\``;
  const baseline = {
    description: `${what}${where === "" ? "" : ` (${where})`}`,
    sizes: record.sizes
  };
  if (record.crates !== void 0) baseline.crates = record.crates;
  return baseline;
}
function noRecordNote(plan) {
  if (plan.compareBranch === null) {
    return plan.pullRequest ? "No baseline: the event names no base branch (GITHUB_BASE_REF)." : "No baseline: no branch to look up (GITHUB_REF_NAME is not set).";
  }
  if (plan.pullRequest) {
    return `No size record of the base branch \`${plan.compareBranch}\` yet. A run on \`${plan.compareBranch}\` that is not a pull request (a push, a schedule or a manual run) records one, with \`baseline: auto\` and \`save-cache: true\`.`;
  }
  return plan.recordBranch !== null ? `No earlier size record of \`${plan.compareBranch}\` yet; this run records one for the next run to compare with.` : `No earlier size record of \`${plan.compareBranch}\` yet, and this run records none (${plan.noRecordReason}).`;
}

export {
  knownCrates,
  parseLinkMap,
  attribute,
  crateEntries,
  biggestMovers,
  cratesByArtifact,
  artifactKey,
  applyBaseline,
  summarize,
  overBudget,
  grownArtifacts,
  removedArtifacts,
  formatBytes,
  formatDelta,
  formatPercent,
  budgetFailure,
  planRecord,
  recordIdentity,
  recordPrefix,
  recordKey,
  recordText,
  parseRecord,
  recordBaseline,
  noRecordNote
};
