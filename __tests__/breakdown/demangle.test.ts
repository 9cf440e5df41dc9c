// Demangling and crate mapping, as tables of real symbol names (rustc 1.95: std in v0, user crates
// in legacy, and a user crate built with -C symbol-mangling-version=v0).
import { demangle, demangleLegacy, demangleV0, legacyCrates } from '../../src/breakdown/demangle.js'
import {
  crateOf,
  crateOfFile,
  crateOfSymbol,
  knownCrates,
  STD,
  UNKNOWN
} from '../../src/breakdown/crates.js'

const APP = 'Cs1AoZYkzCUIN_3app'
const CORE = 'CsgEmfK2I1SDS_4core'
const ALLOC = 'CslNYArtu3iFV_5alloc'
const STDC = 'CsjrHSEGnQ3l9_3std'

describe('legacy names', () => {
  it.each([
    ['_ZN3app4main17h3f77f31712a4f758E', 'app::main', ['app']],
    // An impl of the user's trait for the user's type.
    [
      '_ZN38_$LT$app..Pt$u20$as$u20$app..Shape$GT$4area17hf3025170947312a4E',
      '<app::Pt as app::Shape>::area',
      ['app', 'app']
    ],
    // An impl of the user's trait for a std type.
    [
      '_ZN56_$LT$alloc..vec..Vec$LT$u8$GT$$u20$as$u20$app..Shape$GT$4area17h40a59c47bc22cbd8E',
      '<alloc::vec::Vec<u8> as app::Shape>::area',
      ['alloc', 'app']
    ],
    // A std generic instantiated with the user's type.
    [
      '_ZN4core3ptr28drop_in_place$LT$app..Pt$GT$17hca61c8b10435bfa9E',
      'core::ptr::drop_in_place<app::Pt>',
      ['core']
    ],
    [
      '_ZN3app4main28_$u7b$$u7b$closure$u7d$$u7d$17h0123456789abcdefE',
      'app::main::{{closure}}',
      ['app']
    ],
    [
      '_ZN42_$LT$$RF$T$u20$as$u20$core..fmt..Debug$GT$3fmt17h0123456789abcdefE',
      '<&T as core::fmt::Debug>::fmt',
      ['core']
    ],
    // macOS's extra underscore, and an LLVM suffix.
    ['__ZN5regex5Regex3new17h0123456789abcdefE', 'regex::Regex::new', ['regex']],
    ['_ZN5regex5Regex3new17h0123456789abcdefE.llvm.1234567', 'regex::Regex::new', ['regex']]
  ])('legacy name %#', (symbol, text, crates) => {
    expect([symbol, demangle(symbol)]).toEqual([symbol, { text, crates }])
  })

  it('rejects what is not a legacy name', () => {
    for (const s of ['main', '_ZN3app', '_ZN99toolong', '_Z3foov', ''])
      expect(demangleLegacy(s)).toBeNull()
  })
})

describe('v0 names', () => {
  it.each([
    [`_RNvNt${STDC}2io6__print`, 'std::io::_print', ['std']],
    // An inherent method of a generic std type, instantiated in the user's crate.
    [
      `_RINvMs6_NtCsgvbsrvnw3yD_9hashbrown3rawINtB6_8RawTableTNtNt${ALLOC}6string6StringNt${APP}2PtEE14reserve_rehashNCINvNtB8_3map11make_hasherBQ_B1s_NtNtNt${STDC}4hash6random11RandomStateE0EB1u_`,
      '<hashbrown::raw::RawTable<(alloc::string::String, app::Pt)>>::reserve_rehash::<hashbrown::map::make_hasher<alloc::string::String, app::Pt, std::hash::random::RandomState>::{closure#0}>',
      ['hashbrown']
    ],
    // A generic std function instantiated with the user's type counts for std.
    [
      `_RINvNt${CORE}3ptr13drop_in_placeNt${APP}2PtEBI_`,
      'core::ptr::drop_in_place::<app::Pt>',
      ['core']
    ],
    // Trait impls: the impl's crate comes from the impl path.
    [`_RNvX${APP}NtB2_2PtNtB2_5Shape4area`, '<app::Pt as app::Shape>::area', ['app']],
    [
      `_RNvXs_${APP}INtNt${ALLOC}3vec3VechENtB4_5Shape4area`,
      '<alloc::vec::Vec<u8> as app::Shape>::area',
      ['app']
    ],
    [
      `_RNvXs1g_Nt${CORE}3fmtRNt${APP}2PtNtB6_5Debug3fmtBy_`,
      '<&app::Pt as core::fmt::Debug>::fmt',
      ['core']
    ],
    // Closures and shims.
    [
      `_RNCNCNCNvNt${STDC}2rt19lang_start_internal00s_0B9_`,
      'std::rt::lang_start_internal::{closure#0}::{closure#0}::{closure#1}',
      ['std']
    ],
    [
      `_RNSNvYNCNCNvNtNt${STDC}3sys9backtrace10__print_fmts_00INtNtNt${CORE}3ops8function6FnOnceTRNtNtNtBe_12backtrace_rs9symbolize6SymbolEE9call_once6vtableBe_`,
      '<std::sys::backtrace::_print_fmt::{closure#1}::{closure#0} as core::ops::function::FnOnce<(&std::backtrace_rs::symbolize::Symbol,)>>::call_once::{shim:vtable#0}',
      ['std', 'core']
    ],
    // Const generics and dyn types.
    [
      `_RINvNt${CORE}6escape14escape_unicodeKja_ECsgY6Mt91CT9J_14rustc_demangle`,
      'core::escape::escape_unicode::<10>',
      ['core']
    ],
    [
      `_RINvNt${CORE}3ptr13drop_in_placeINtNt${ALLOC}5boxed3BoxDG0_INtNtNtB4_3ops8function2FnTRL1_INtNt${STDC}5panic13PanicHookInfoL0_EEEp6OutputuNtNtB4_6marker4SyncNtB2N_4SendEL_EEB1T_`,
      "core::ptr::drop_in_place::<alloc::boxed::Box<dyn for<'a, 'b> core::ops::function::Fn<(&'a std::panic::PanicHookInfo<'b>,), Output = ()> + core::marker::Sync + core::marker::Send>>",
      ['core']
    ]
  ])('v0 name %#', (symbol, text, crates) => {
    expect([symbol, demangle(symbol)]).toEqual([symbol, { text, crates }])
  })

  it('prints a constant wider than 64 bits as its hex digits, as rustc-demangle does', () => {
    expect(demangleV0('_RINvCsli3NGoEiSOP_3app4wideKoffffffffffffffffffff_EB2_')).toEqual({
      text: 'app::wide::<0xffffffffffffffffffff>',
      crates: ['app']
    })
    expect(demangleV0('_RINvCsli3NGoEiSOP_3app4wideKonffffffffffffffff_EB2_')?.text).toBe(
      'app::wide::<-18446744073709551615>'
    )
  })

  it('rejects malformed names instead of guessing', () => {
    for (const s of ['_R', '_RNv', `_RNvB9_3foo`, '_RX', `_RNvC3app4main!`, '_R0NvC3app4main'])
      expect(demangleV0(s)).toBeNull()
  })
})

describe('crate of a symbol', () => {
  const known = knownCrates([
    'bulk_gen',
    'my-crate',
    'my_crate',
    'hashbrown',
    'regex',
    'breakdown-app'
  ])
  it.each([
    ['_ZN3app4main17h3f77f31712a4f758E', null], // not a crate of this build: the file decides
    ['_ZN8my_crate3run17h0123456789abcdefE', 'my-crate'],
    ['_ZN13breakdown_app4main17h0123456789abcdefE', 'breakdown-app'],
    [`_RINvNt${CORE}3ptr13drop_in_placeNtCs1_8bulk_gen2PtEB2_`, STD],
    [
      '_ZN58_$LT$alloc..vec..Vec$LT$u8$GT$$u20$as$u20$regex..Shape$GT$4area17h0123456789abcdefE',
      'regex'
    ],
    ['_ZN46_$LT$regex..Pt$u20$as$u20$core..fmt..Debug$GT$3fmt17h0123456789abcdefE', 'regex'],
    [`_RNvNt${STDC}2io6__print`, STD],
    ['_ZN9addr2line5Frame3new17h0123456789abcdefE', STD], // a sysroot crate cargo did not build
    ['_ZN9hashbrown3map3get17h0123456789abcdefE', 'hashbrown'], // ... unless cargo built one
    ['memcpy', null]
  ])('symbol %#', (symbol, crate) => {
    expect([symbol, crateOfSymbol(symbol, known)]).toEqual([symbol, crate])
  })

  it('falls back to the input file of the link', () => {
    const rlib =
      '/w/target/x/release/deps/libregex-0123abcd.rlib(regex-0123abcd.regex.1-cgu.0.rcgu.o)'
    expect(crateOfFile(rlib, known)).toBe('regex')
    expect(
      crateOfFile('/home/u/.rustup/toolchains/s/lib/rustlib/x/lib/libstd-0a1b.rlib(std.o)', known)
    ).toBe(STD)
    expect(crateOfFile('/usr/lib/x86_64-linux-gnu/Scrt1.o', known)).toBe(UNKNOWN)
    expect(
      crateOf(
        'main',
        '/w/target/x/release/deps/breakdown_app-1.breakdown_app.2-cgu.0.rcgu.o',
        known
      )
    ).toBe(UNKNOWN)
    expect(crateOf('_ZN8my_crate3run17h0123456789abcdefE', rlib, known)).toBe('my-crate')
    expect(crateOf('_ZN3app4main17h3f77f31712a4f758E', rlib, known)).toBe('regex')
  })
})

describe('legacy escapes and suffixes, as c++filt reads them', () => {
  it.each([
    ['_ZN3app38_$SP$$BP$$RF$$LT$$GT$$LP$$RP$$C$$u7e$x17h0123456789abcdefE', 'app::@*&<>(),~x'],
    ['_ZN3app4a..b17h0123456789abcdefE', 'app::a::b'],
    ['_ZN3app5$ZZ$a17h0123456789abcdefE', 'app::$ZZ$a'], // not an escape: kept
    ['_ZN3app7_$u7e$y17h0123456789abcdefE', 'app::~y'],
    ['_ZN3app8$u51fd$x17h0123456789abcdefE', 'app::函x'],
    ['ZN3app4mainE', 'app::main'],
    ['_ZN17h0123456789abcdefE', 'h0123456789abcdef'], // a lone segment is no hash
    ['_ZN3app17hxyz3456789abcdefE', 'app::hxyz3456789abcdef'], // not hex: no hash
    ['_ZN3app18h0123456789abcdef0E', 'app::h0123456789abcdef0'], // 17 digits: no hash
    ['_ZN3app18xh0123456789abcdefE', 'app::xh0123456789abcdef']
  ])('escape %#', (symbol, text) => {
    expect([symbol, demangleLegacy(symbol)]).toEqual([symbol, text])
  })

  it.each(['.llvm.1234', '.cold.1', '.part.0', '.isra.0', '.constprop.0', '.llvm.12.cold'])(
    'drops compiler suffix %#',
    (suffix) => {
      expect(demangle(`_ZN3app4main17h0123456789abcdefE${suffix}`)?.text).toBe('app::main')
      expect(demangle(`_RNvC3app4main${suffix}`)?.text).toBe('app::main')
    }
  )

  it('rejects lengths of zero, past the end, and other prefixes', () => {
    for (const s of [
      '_ZN0E',
      '_ZN3apE',
      '___ZN3appE',
      '_ZNE',
      'xZN3appE',
      'x_ZN3appE',
      '_ZN3app4main',
      '_ZN3appxE'
    ])
      expect(demangleLegacy(s)).toBeNull()
    expect(demangle('_ZN3app4main.other.1')).toBeNull()
  })
})

describe('the crates a name points at, most likely owner first', () => {
  it.each([
    // legacy: `<A as B>` gives A's root, then B's, through references, pointers and brackets.
    ['<&mut alloc::vec::Vec<u8> as core::fmt::Debug>::fmt', ['alloc', 'core']],
    ['<&app::Pt as core::fmt::Debug>::fmt', ['app', 'core']],
    ['<*const app::Pt as core::fmt::Pointer>::fmt', ['app', 'core']],
    ['<*mut app::Pt as x::Y>::f', ['app', 'x']],
    ['<dyn app::Shape as core::fmt::Debug>::fmt', ['app', 'core']],
    ['<[app::Pt] as core::fmt::Debug>::fmt', ['app', 'core']],
    ['<&[&mut app::Pt] as core::fmt::Debug>::fmt', ['app', 'core']],
    ['<(app::Pt, u8) as core::fmt::Debug>::fmt', ['app', 'core']],
    ['<unsafe extern "C" fn(app::Pt) as core::fmt::Debug>::fmt', ['core']],
    ['<extern "C" fn() as x::Y>::f', ['x']],
    ['<u8 as core::fmt::Debug>::fmt', ['core']],
    ['<<app::A as lib::B>::C as core::D>::f', ['app', 'core']],
    ['<app::F<fn() -> u8> as core::D>::f', ['app', 'core']],
    ['<app::F<lib::G<u8>> as core::D<x::Y>>::f', ['app', 'core']],
    ['<app::Pt>::new', ['app']],
    ['<u8>::new', []],
    ['<app::Pt as core::D', []],
    ['app', ['app']],
    ['app::main', ['app']],
    ['9app::main', []],
    ['{{closure}}', []]
  ])('legacy crates %#', (text, crates) => {
    expect([text, legacyCrates(text)]).toEqual([text, crates])
  })

  it.each([
    ['_RNvC3app4main', 'app::main', ['app']],
    ['_RNvMNtC4core3stre3len', '<str>::len', ['core']], // an inherent impl: the impl's crate
    ['_RNvMC3appINtC5alloc3VechE3foo', '<alloc::Vec<u8>>::foo', ['app']],
    ['_RNvXC3appNtC3lib1TNtC4core5Debug3fmt', '<lib::T as core::Debug>::fmt', ['app']],
    // No impl path (`Y`): the type's root crate, then the trait's.
    ['_RNvYNtC3lib1TNtC4core5Debug3fmt', '<lib::T as core::Debug>::fmt', ['lib', 'core']],
    ['_RNvYRhNtC4core5Debug3fmt', '<&u8 as core::Debug>::fmt', ['core']],
    [
      '_RNvYINtC3lib1TNtC4core1UENtC5alloc5Debug3fmt',
      '<lib::T<core::U> as alloc::Debug>::fmt',
      ['lib', 'alloc']
    ],
    ['_RNvYNtYNtC1a1SNtC1b1T5AssocNtC1c1U1f', '<<a::S as b::T>::Assoc as c::U>::f', ['a', 'c']],
    // Generic arguments never count; a backref counts as the path it points at.
    ['_RINvNtC4core3ptr4dropNtC3app2PtE', 'core::ptr::drop::<app::Pt>', ['core']],
    ['_RNvNtB4_1m1fC3app', null, null], // a backref forward of itself
    ['_RINvC3app2tyFG_RL0_DNtC1c1TEL0_EuE', "app::ty::<for<'a> fn(&'a dyn c::T + 'a)>", ['app']],
    ['_RINvC3app2tyFG0_RL1_RL0_hEuE', "app::ty::<for<'a, 'b> fn(&'a &'b u8)>", ['app']],
    ['_RINvC3app2tyRL0_hE', null, null], // a lifetime no binder bound
    ['_RINvC3app2tyDNtC1c1TEE', null, null], // dyn without its lifetime
    ['_RINvC3app2tyDNtC1c1TEL_E', 'app::ty::<dyn c::T>', ['app']],
    ['_RINvC3app2tyDNtC1c1TEL_L_E', "app::ty::<dyn c::T, '_>", ['app']],
    ['_RNvC3appu3a_b', 'app::punycode{a_b}', ['app']], // not Punycode: shown as it is
    ['_RNvC3appu6mdulo_', 'app::punycode{mdulo_}', ['app']],
    ['_RNXC3apps_1x', 'app::{X:x#1}', ['app']], // a namespace rustc-demangle does not name
    ['_RNSC3app0', 'app::{shim#0}', ['app']],
    ['_RNSC3app6vtable', 'app::{shim:vtable#0}', ['app']],
    ['_RNCNvC3app4mains0_0', 'app::main::{closure#2}', ['app']],
    // Malformed: a bad base-62 digit, no length, a name past the end, a char past Unicode.
    ['_RNvCs!_3app4main', null, null],
    ['_RNvC3appx1a', null, null],
    ['_RNvC3app9main', null, null],
    ['_RINvC3app2tyKc110000_E', null, null],
    ['_RNvC3app4mainxY', null, null], // what follows the path is neither a crate nor a suffix
    ['x_RNvC3app4main', null, null],
    ['RNvC3app4main', 'app::main', ['app']],
    ['__RNvC3app4main', 'app::main', ['app']],
    // Binders: past 'z' lifetimes are numbered; a lifetime outside its binder is unbound.
    [
      '_RINvC3app2tyFGp_RL0_hEuE',
      "app::ty::<for<'a, 'b, 'c, 'd, 'e, 'f, 'g, 'h, 'i, 'j, 'k, 'l, 'm, 'n, 'o, 'p, 'q, 'r, 's, 't, 'u, 'v, 'w, 'x, 'y, 'z, '_26> fn(&'_26 u8)>",
      ['app']
    ],
    ['_RINvC3app2tyTFG_RL0_hEuRL0_hEE', null, null],
    // dyn bindings, joining the trait's own arguments through a backref, or opening them.
    [
      '_RINvC3app2tyTDINtC1c1ThEp1AmEL_DBc_p1AmEL_EE',
      'app::ty::<(dyn c::T<u8, A = u32>, dyn c::T<u8, A = u32>)>',
      ['app']
    ],
    ['_RINvC3app2tyDNtC1c1Tp1Ahp1BtEL_E', 'app::ty::<dyn c::T<A = u8, B = u16>>', ['app']],
    ['_RINvC3app2tyFK8C_unwindEuE', 'app::ty::<extern "C-unwind" fn()>', ['app']],
    // Constants: a backref, a placeholder, one this reader does not print, zero, and 2^64.
    ['_RINvC3app2tyKj4_KBb_E', 'app::ty::<4, 4>', ['app']],
    ['_RINvC3app2tyKpE', 'app::ty::<_>', ['app']],
    ['_RINvC3app2tyKAE', 'app::ty::<{const A}>', ['app']],
    ['_RINvC3app2tyKj_E', 'app::ty::<0>', ['app']],
    ['_RINvC3app2tyKo10000000000000000_E', 'app::ty::<0x10000000000000000>', ['app']],
    ['_RINvC3app2tyKoffffffffffffffff_E', 'app::ty::<18446744073709551615>', ['app']],
    // Nesting is read to a depth of 200 rules, no deeper.
    [`_RINvC3app2ty${'R'.repeat(198)}hE`, `app::ty::<${'&'.repeat(198)}u8>`, ['app']],
    [`_RINvC3app2ty${'R'.repeat(199)}hE`, null, null]
  ])('v0 crates %#', (symbol, text, crates) => {
    expect([symbol, demangleV0(symbol)]).toEqual([symbol, text === null ? null : { text, crates }])
  })
})
