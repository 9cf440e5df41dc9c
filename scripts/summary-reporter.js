// Prints the skipped tests, each with the reason in its title, then one closing line
// 'jest: N passed, N failed, N skipped' that CI log readers understand.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const skipped = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === 'pending' || t.status === 'todo')
        .map((t) => t.fullName)
    )
    const list = skipped.map((name) => `  skipped: ${name}\n`).join('')
    process.stdout.write(
      `\n${list}jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
