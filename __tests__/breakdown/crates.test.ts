// Which crate a piece of code counts for, edge by edge: every sysroot crate folds into std, the
// order of an impl's crates, and the input files of the link (Windows paths, bare rlibs, the
// toolchain's own files).
import {
  crateOfFile,
  crateOfSymbol,
  knownCrates,
  STD,
  UNKNOWN
} from '../../src/breakdown/crates.js'

const known = knownCrates(['regex', 'app-cli'])
const rlib = (name: string): string => `/w/target/release/deps/lib${name}-0123abcd.rlib(x.o)`

test.each([
  'std',
  'core',
  'alloc',
  'std_detect',
  'panic_abort',
  'panic_unwind',
  'unwind',
  'compiler_builtins',
  'rustc_demangle',
  'addr2line',
  'gimli',
  'object',
  'miniz_oxide',
  'adler',
  'adler2',
  'hashbrown',
  'memchr',
  'cfg_if',
  'libc',
  'rustc_std_workspace_core',
  'rustc_std_workspace_alloc',
  'rustc_std_workspace_std',
  'proc_macro',
  'profiler_builtins',
  'wasi',
  'r_efi'
])('the sysroot crate %s folds into std unless cargo built it', (name) => {
  expect(crateOfFile(rlib(name), known)).toBe(STD)
  expect(crateOfFile(rlib(name), knownCrates([name]))).toBe(name)
})

test('a crate neither of the build nor of the sysroot is unknown', () => {
  expect(crateOfFile(rlib('serde'), known)).toBe(UNKNOWN)
})

test("an impl counts for its crate of the build, else std's, whichever side names it", () => {
  // <app_cli::Pt as core::fmt::Debug>::fmt, <unknown::Pt as core::fmt::Debug>::fmt
  const debugOf = (krate: string): string =>
    `_ZN${krate.length + 41}_$LT$${krate}..Pt$u20$as$u20$core..fmt..Debug$GT$3fmt17h0123456789abcdefE`
  expect(crateOfSymbol(debugOf('app_cli'), known)).toBe('app-cli')
  expect(crateOfSymbol(debugOf('unknown'), known)).toBe(STD)
  // <alloc::vec::Vec<u8> as unknown::Shape>::area: the std side.
  expect(
    crateOfSymbol(
      '_ZN60_$LT$alloc..vec..Vec$LT$u8$GT$$u20$as$u20$unknown..Shape$GT$4area17h0123456789abcdefE',
      known
    )
  ).toBe(STD)
  expect(crateOfSymbol('_ZN7unknown4main17h0123456789abcdefE', known)).toBeNull()
})

test('input files: Windows separators, a bare rlib, an rlib without a member, the toolchain', () => {
  expect(crateOfFile('C:\\w\\target\\release\\deps\\libregex-0123abcd.rlib(x.o)', known)).toBe(
    'regex'
  )
  expect(crateOfFile('libregex-0123abcd.rlib', known)).toBe('regex')
  expect(crateOfFile('/w/deps/libregex-0123abcd.rlib', known)).toBe('regex')
  expect(crateOfFile('/w/deps/libregex-0123abcd.rlib.bak', known)).toBe(UNKNOWN)
  expect(crateOfFile('/w/deps/xlibregex-0123abcd.rlib', known)).toBe(UNKNOWN)
  expect(
    crateOfFile('/home/u/.rustup/toolchains/s/lib/rustlib/x/lib/self-contained/crt1.o', known)
  ).toBe(STD)
  expect(
    crateOfFile('/home/u/.rustup/toolchains/s/lib/rustlib/x/lib/libregex-0a1b.rlib', known)
  ).toBe(STD)
})
