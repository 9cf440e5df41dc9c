// PGO's pure decisions, edge by edge: the flags, which warnings count, which llvm-profdata, the
// install advice and the comparison of benchmark rounds, each asserted exactly.
import {
  checkUseDiagnostics,
  chooseProfdata,
  compareTimes,
  describeComparison,
  installAdvice,
  instrumentFlags,
  isPgoNoise,
  rustcLlvmMajor
} from '../../src/pgo/plan.js'
import type { Diagnostic } from '../../src/cargo/messages.js'

const diag = (level: Diagnostic['level'], message: string): Diagnostic => ({
  level,
  message,
  rendered: `${level}: ${message}\n`
})
const MISSING = 'no profile data available for function main'

test('the instrumented build writes its profiles to the given directory', () => {
  expect(instrumentFlags('/tmp/pgo')).toEqual(['-Cprofile-generate=/tmp/pgo'])
})

test("only rustc's own `LLVM version:` line names its LLVM", () => {
  expect(rustcLlvmMajor('rustc 1.95.0\nLLVM version: 19.1.7\n')).toBe(19)
  expect(rustcLlvmMajor('rustc 1.95.0\nnote LLVM version: 19.1.7\n')).toBeNull()
})

test('only warnings count: an error naming a missing function is neither counted nor noise', () => {
  const diagnostics = [diag('error', MISSING), diag('warning', MISSING), diag('notice', MISSING)]
  expect(checkUseDiagnostics(diagnostics, [])).toEqual({ missingFunctions: 1, ignored: null })
  expect(isPgoNoise(diag('warning', MISSING))).toBe(true)
  expect(isPgoNoise(diag('error', MISSING))).toBe(false)
  expect(isPgoNoise(diag('warning', 'unused variable'))).toBe(false)
  expect(checkUseDiagnostics([diag('error', 'malformed instrumentation profile')], [])).toEqual({
    missingFunctions: 0,
    ignored: null
  })
})

test('the first warning that ignores the profile is kept, trimmed; a warning naming a profile counts', () => {
  const first = diag('warning', 'invalid instrumentation profile data (bad magic)\n')
  const second = diag('warning', 'malformed instrumentation profile data\n')
  expect(checkUseDiagnostics([first, second], [])).toEqual({
    missingFunctions: 0,
    ignored: 'invalid instrumentation profile data (bad magic)'
  })
  const profiles = ['/p/a.profdata', '/p/b.profdata']
  const naming = diag('warning', '/p/b.profdata: file too small  ')
  expect(checkUseDiagnostics([naming], profiles).ignored).toBe('/p/b.profdata: file too small')
  expect(checkUseDiagnostics([diag('warning', 'see /p/b.profdata:')], profiles).ignored).toBeNull()
  expect(checkUseDiagnostics([diag('warning', 'unused import')], profiles).ignored).toBeNull()
})

test('without a known LLVM major, the first candidate is taken and counts as matching', () => {
  const a = { path: '/a/llvm-profdata', major: 18, origin: 'PATH' }
  const b = { path: '/b/llvm-profdata', major: null, origin: 'llvm-tools' }
  expect(chooseProfdata([a, b], null)).toEqual({ tool: a, matches: true })
  expect(chooseProfdata([a, b], 19)).toEqual({ tool: a, matches: false })
  expect(chooseProfdata([b, a], 18)).toEqual({ tool: a, matches: true })
  expect(chooseProfdata([], null)).toBeNull()
})

test('the install advice without rustup and without a known LLVM major', () => {
  expect(installAdvice(null, false)).toBe(
    "install the llvm-tools component of your toolchain, or install an llvm-profdata matching rustc's LLVM on PATH"
  )
  expect(installAdvice(20, false)).toBe(
    "install the llvm-tools component of your toolchain, or install llvm-profdata of LLVM 20 on PATH as 'llvm-profdata-20' (Debian/Ubuntu: the 'llvm-20' package, from apt.llvm.org if your release lacks it)"
  )
})

test('ratios per round, their median over an even count, and a round without time', () => {
  const [c] = compareTimes(['app'], [[3, 8, 1, 6]], [[4, 10, 0, 5]])
  expect(c).toEqual({ line: 'app', ratio: 0.9, low: 0.75, high: 1.2, withinNoise: true })
  const [d] = compareTimes(['app'], [[0.5, 0.9]], [[1, 1]])
  expect(d).toEqual({ line: 'app', ratio: 0.7, low: 0.5, high: 0.9, withinNoise: false })
})

test('a round exactly as fast as without PGO makes the difference noise', () => {
  expect(compareTimes(['a'], [[1, 1.2, 1.1]], [[1, 1, 1]])[0].withinNoise).toBe(true)
  expect(compareTimes(['a'], [[0.8, 1, 0.9]], [[1, 1, 1]])[0].withinNoise).toBe(true)
  expect(compareTimes(['a'], [[1.1, 1.2, 1.3]], [[1, 1, 1]])[0].withinNoise).toBe(false)
})

test('a ratio of exactly 1 outside the noise is not called less time', () => {
  const c = { line: 'a', ratio: 1, low: 1, high: 1, withinNoise: false }
  expect(describeComparison(c)).toBe(
    '1.00× (1.00–1.00), SLOWER by 0.0%: the training did not cover this path'
  )
})
