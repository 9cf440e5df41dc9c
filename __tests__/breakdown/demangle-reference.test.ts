// Every Rust symbol the toolchain's own libstd exports (v0), and those of a small crate compiled
// here (legacy), demangled here and by binutils' c++filt, an independent demangler of both
// manglings: the readable names must agree.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { demangle } from '../../src/breakdown/demangle.js'
import { stableSysroot } from '../support/rust.js'
import { requireTool } from '../support/tools.js'

/** The exported symbols of the toolchain's libstd shared library. */
function libstdSymbols(): string[] {
  const lib = path.join(stableSysroot(), 'lib', 'rustlib', 'x86_64-unknown-linux-gnu', 'lib')
  const so = readdirSync(lib).find((f) => /^libstd-[0-9a-f]+\.so$/.test(f))
  if (so === undefined) throw new Error(`no libstd-*.so in ${lib}: run .ci/run`)
  const out = execFileSync('nm', ['-D', '--defined-only', path.join(lib, so)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  return [...new Set(out.split('\n').map((l) => l.split(' ').at(-1) ?? ''))].filter((s) =>
    /^(_R|_ZN)/.test(s)
  )
}

/** The legacy-mangled symbols of a small crate compiled here: traits, generics, closures. */
function legacySymbols(): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-demangle-'))
  writeFileSync(
    path.join(dir, 'lib.rs'),
    [
      'pub trait Shape { fn area(&self) -> f64; }',
      'pub struct Pt<T>(pub T, pub T);',
      'impl Shape for Pt<f64> { fn area(&self) -> f64 { self.0 * self.1 } }',
      'impl Shape for Vec<u8> { fn area(&self) -> f64 { self.len() as f64 } }',
      'pub fn total(v: &[&dyn Shape]) -> f64 { v.iter().map(|s| s.area()).sum() }',
      'pub fn pair<A: Clone, B: Clone>(a: &A, b: &B) -> (A, B) { (a.clone(), b.clone()) }',
      'pub fn use_it() -> (String, [u8; 3]) { pair(&String::new(), &[1u8, 2, 3]) }',
      'pub mod r#mod { pub fn r#fn() -> u32 { (0..3).map(|x| x * 2).sum() } }'
    ].join('\n')
  )
  const obj = path.join(dir, 'lib.o')
  const src = path.join(dir, 'lib.rs')
  execFileSync('rustc', [
    '--edition=2021',
    '--crate-type=lib',
    '--crate-name=app',
    '--emit=obj',
    '-o',
    obj,
    src
  ])
  const out = execFileSync('nm', ['--defined-only', obj], { encoding: 'utf8' })
  return [...new Set(out.split('\n').map((l) => l.split(' ').at(-1) ?? ''))].filter((s) =>
    s.startsWith('_ZN')
  )
}

/**
 * c++filt's names, without what this demangler (like rustc-demangle's short form) leaves out:
 * crate hashes, legacy hashes, and the type c++filt writes after a const argument (`4: usize`).
 */
function reference(symbols: string[]): string[] {
  const out = execFileSync('c++filt', [], { input: symbols.join('\n'), encoding: 'utf8' })
  return out
    .trimEnd()
    .split('\n')
    .map((l) =>
      l
        .replace(/\[[0-9a-f]+\]/g, '')
        .replace(/::h[0-9a-f]{16}$/, '')
        .replace(/\b(\d+): [iu](8|16|32|64|128|size)\b/g, '$1')
    )
}

test("libstd's v0 and legacy symbols read as c++filt reads them", () => {
  requireTool('nm')
  requireTool('c++filt')
  const legacy = legacySymbols()
  expect(legacy.length).toBeGreaterThan(10)
  const symbols = [...libstdSymbols(), ...legacy]
  expect(symbols.filter((s) => s.startsWith('_R')).length).toBeGreaterThan(500)
  const want = reference(symbols)
  const differ = symbols
    .map((s, i) => [s, demangle(s)?.text ?? null, want[i]] as const)
    .filter(([, got, ref]) => got !== ref)
  expect(differ).toEqual([])
  // Const arguments were among them: the normalization above was needed, and is all there is.
  expect(want.filter((w) => /; \d+\]/.test(w)).length).toBeGreaterThan(0)
})
