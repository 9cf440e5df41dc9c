import {
  checkUseDiagnostics,
  chooseProfdata,
  compareTimes,
  describeComparison,
  installAdvice,
  isIndexedProfile,
  profileFileEnv,
  rustcLlvmMajor,
  toolLlvmMajor,
  useFlags
} from '../../src/pgo/plan.js'
import type { Diagnostic } from '../../src/cargo/messages.js'

const warning = (message: string): Diagnostic => ({
  level: 'warning',
  message,
  rendered: `warning: ${message}\n`
})

describe('PGO plan', () => {
  it("reads rustc's and llvm-profdata's LLVM major versions", () => {
    expect(rustcLlvmMajor('rustc 1.95.0\nhost: x\nLLVM version: 22.1.2\n')).toBe(22)
    expect(rustcLlvmMajor('rustc 1.95.0\nhost: x\n')).toBeNull()
    expect(toolLlvmMajor('Debian LLVM version 14.0.6\n  Optimized build.')).toBe(14)
    expect(toolLlvmMajor('Ubuntu LLVM version 18.1.3')).toBe(18)
    expect(
      toolLlvmMajor('LLVM (http://llvm.org/):\n  LLVM version 22.1.2-rust-1.95.0-stable')
    ).toBe(22)
  })

  it("prefers the llvm-profdata of rustc's LLVM, else takes another one", () => {
    const v14 = { path: '/usr/bin/llvm-profdata', major: 14, origin: 'PATH' }
    const v22 = { path: '/usr/bin/llvm-profdata-22', major: 22, origin: 'PATH' }
    expect(chooseProfdata([v14, v22], 22)).toEqual({ tool: v22, matches: true })
    expect(chooseProfdata([v14], 22)).toEqual({ tool: v14, matches: false })
    expect(chooseProfdata([], 22)).toBeNull()
    expect(installAdvice(22, true)).toMatch(
      /rustup component add llvm-tools.*llvm-profdata-22.*llvm-22/
    )
  })

  it('keeps parallel training processes apart and warns per function without data', () => {
    expect(profileFileEnv('/t/raw')).toEqual({
      LLVM_PROFILE_FILE: '/t/raw/rust-optimize-%m-%p.profraw'
    })
    expect(useFlags('/t/m.profdata')).toEqual([
      '-Cprofile-use=/t/m.profdata',
      '-Cllvm-args=-pgo-warn-missing-function'
    ])
  })

  it('recognises a merged profile by its magic', () => {
    expect(isIndexedProfile(Buffer.from('ff6c70726f666981', 'hex'))).toBe(true)
    // A raw profile (what the instrumented program writes) is not one.
    expect(isIndexedProfile(Buffer.from('ff6c70726f667281', 'hex'))).toBe(false)
    expect(isIndexedProfile(Buffer.from('ff6c'))).toBe(false)
  })

  it("counts rustc's missing-function warnings and catches an ignored profile", () => {
    const missing = warning(
      'pgo_interp.180cd3a3fbd3f873-cgu.0: no profile data available for function _ZN10pgo_interp5newfn17h241f2762fa74a8dfE Hash = 742261418966908927 up to 0 count discarded'
    )
    expect(
      checkUseDiagnostics([missing, missing, warning('unused variable: `x`')], ['/p'])
    ).toEqual({
      missingFunctions: 2,
      ignored: null
    })
    for (const text of [
      '/p/m.profdata: invalid instrumentation profile data (bad magic)',
      '/p/m.profdata: malformed instrumentation profile data: corrupted binary ids'
    ]) {
      expect(checkUseDiagnostics([missing, warning(text)], ['/p/m.profdata']).ignored).toBe(text)
    }
  })

  it('compares times round by round and says when the difference is noise', () => {
    const [faster, noisy, slower] = compareTimes(
      ['a', 'b', 'c'],
      [
        [0.8, 0.82, 0.79],
        [0.9, 1.1, 1.0],
        [1.2, 1.25, 1.22]
      ],
      [
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0],
        [1.0, 1.0, 1.0]
      ]
    )
    expect(faster).toMatchObject({ ratio: 0.8, low: 0.79, high: 0.82, withinNoise: false })
    expect(describeComparison(faster)).toBe('0.80× (0.79–0.82), 20.0% less time')
    expect(noisy.withinNoise).toBe(true)
    expect(describeComparison(noisy)).toMatch(/within the noise/)
    expect(describeComparison(slower)).toMatch(/^1\.22× \(1\.20–1\.25\), SLOWER by 22\.0%/)
  })
})
