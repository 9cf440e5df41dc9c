// Regression: a child that exits before its (empty) stdin is closed made the write fail with EPIPE,
// an unhandled stream error that crashed the action mid-run (seen under load in the action tests).
import { run } from '../src/exec.js'

test('many short-lived children never crash the parent', async () => {
  const codes: number[] = []
  for (let batch = 0; batch < 100; batch++) {
    const results = await Promise.all([1, 2, 3, 4].map(() => run('true', [])))
    codes.push(...results.map((r) => r.code))
  }
  expect(codes.length).toBe(400)
  expect(codes.every((c) => c === 0)).toBe(true)
})
