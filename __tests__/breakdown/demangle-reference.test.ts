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

/** A small crate's source: traits, generics, closures, const generics, fn pointers, dyn, Unicode. */
const CRATE = String.raw`
pub trait Shape { fn area(&self) -> f64; }
pub struct Pt<T>(pub T, pub T);
impl Shape for Pt<f64> { fn area(&self) -> f64 { self.0 * self.1 } }
impl Shape for Vec<u8> { fn area(&self) -> f64 { self.len() as f64 } }
pub fn total(v: &[&dyn Shape]) -> f64 { v.iter().map(|s| s.area()).sum() }
pub fn pair<A: Clone, B: Clone>(a: &A, b: &B) -> (A, B) { (a.clone(), b.clone()) }
pub fn use_it() -> (String, [u8; 3]) { pair(&String::new(), &[1u8, 2, 3]) }
pub mod r#mod { pub fn r#fn() -> u32 { (0..3).map(|x| x * 2).sum() } }
pub struct Flag<const B: bool, const C: char, const N: i32>;
impl<const B: bool, const C: char, const N: i32> Flag<B, C, N> {
    #[inline(never)] pub fn get(&self) -> i32 { if B { N } else { C as i32 } }
}
pub fn flags() -> i32 { Flag::<true, 'x', -5>.get() + Flag::<false, 'ü', 7>.get() }
#[inline(never)] pub fn wide<const N: u128>() -> u128 { N }
pub fn use_wide() -> u128 { wide::<0xffff_ffff>() + wide::<0>() }
#[inline(never)] pub fn call<F: Fn(&u8) -> u8>(f: F, x: u8) -> u8 { f(&x) }
pub fn closure() -> u8 { call(|x| *x + 1, 3) }
#[inline(never)] pub fn ty<T: ?Sized>() -> usize { std::mem::size_of::<*const T>() }
pub fn use_ty() -> usize {
    ty::<unsafe extern "C" fn(i64) -> u16>() + ty::<fn()>() + ty::<fn(&u8) -> !>()
        + ty::<extern "system" fn(*const u8, *mut i8)>() + ty::<unsafe extern "C" fn(u8, ...)>()
        + ty::<dyn for<'a> Fn(&'a str) -> &'a str>() + ty::<dyn Iterator<Item = u8> + Send>()
        + ty::<&mut dyn for<'a, 'b> Fn(&'a u8, &'b u8) -> &'a u8>() + ty::<[&'static str; 2]>()
        + ty::<()>() + ty::<(u8,)>() + ty::<(i128, u128, char, bool, f32, isize, i16, u64)>()
        + ty::<[u16]>() + ty::<str>() + ty::<dyn Shape>() + ty::<&mut Option<std::num::NonZeroU32>>()
}
pub fn 函数() -> u32 { 1 }
pub mod módulo { pub fn ñ() -> u32 { 2 } }
`

/** The Rust symbols of CRATE compiled here with the given mangling. */
function crateSymbols(mangling: 'legacy' | 'v0'): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-demangle-'))
  const src = path.join(dir, 'lib.rs')
  const obj = path.join(dir, 'lib.o')
  writeFileSync(src, CRATE)
  execFileSync('rustc', [
    '--edition=2021',
    '--crate-type=lib',
    '--crate-name=app',
    ...(mangling === 'v0' ? ['-Csymbol-mangling-version=v0'] : []), // legacy is the default
    '--emit=obj',
    '-o',
    obj,
    src
  ])
  const out = execFileSync('nm', ['--defined-only', obj], { encoding: 'utf8' })
  return [...new Set(out.split('\n').map((l) => l.split(' ').at(-1) ?? ''))].filter((s) =>
    /^(_R|_ZN)/.test(s)
  )
}

/**
 * c++filt's names, without what this demangler (like rustc-demangle's short form) leaves out:
 * crate hashes, legacy hashes, and the type c++filt writes after a const argument (`4: usize`).
 * c++filt also escapes a char constant that is not ASCII, and leaves a legacy name's escapes of
 * characters that are not ASCII as they are; rustc-demangle, like this one, does neither. (Its
 * reading of a constant wider than 64 bits drops a digit: demangle.test.ts has that case.)
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
        .replace(/(\w|'): (?:bool|char|[iu](?:8|16|32|64|128|size))\b/g, '$1')
        .replace(
          /'\\u\{([0-9a-f]+)\}'/g,
          (_, hex: string) => `'${String.fromCodePoint(parseInt(hex, 16))}'`
        )
        .replace(/\$u([0-9a-f]+)\$/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    )
}

test("libstd's symbols and a crate's, in both manglings, read as c++filt reads them", () => {
  requireTool('nm')
  requireTool('c++filt')
  const legacy = crateSymbols('legacy')
  const v0 = crateSymbols('v0')
  expect(legacy.length).toBeGreaterThan(10)
  expect(v0.length).toBeGreaterThan(30)
  const symbols = [...libstdSymbols(), ...legacy, ...v0]
  expect(symbols.filter((s) => s.startsWith('_R')).length).toBeGreaterThan(500)
  const want = reference(symbols)
  const differ = symbols
    .map((s, i) => [s, demangle(s)?.text ?? null, want[i]] as const)
    .filter(([, got, ref]) => got !== ref)
  expect(differ).toEqual([])
  // What the crate is there for was among them, as c++filt reads it.
  for (const part of [
    '; 3]',
    "dyn for<'a, 'b> core::ops::function::Fn<(&'a u8, &'b u8), Output = &'a u8>",
    'Iterator<Item = u8> + core::marker::Send',
    'unsafe extern "C" fn(u8, ...)',
    "<app::Flag<false, 'ü', 7>>::get",
    "<app::Flag<true, 'x', -5>>::get",
    'app::wide::<4294967295>',
    'app::módulo::ñ',
    'app::函数'
  ])
    expect(want.filter((w) => w.includes(part)).length).toBeGreaterThan(0)
})
