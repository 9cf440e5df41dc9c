// Explicit skips: a test whose real backend is absent on this machine is skipped with its reason
// in its title, and scripts/summary-reporter.js lists every skipped title at the end of the run.
type TestFn = jest.It

/** `test`, or, when `reason` is a string, a skip whose title carries the reason. */
export function testUnless(reason: string | null): TestFn {
  if (reason === null) return test
  const skipped = (name: string, fn?: jest.ProvidesCallback, timeout?: number): void =>
    test.skip(`${name} [skipped: ${reason}]`, fn ?? (() => undefined), timeout)
  return skipped as unknown as TestFn
}
