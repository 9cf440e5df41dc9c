// The report on a terminal: the same content as the markdown, without its syntax.
import { displayWidth, renderForTerminal } from '../../src/report/terminal.js'

const MARKDOWN = [
  '**rust-optimize** · preset `speed` · 1 artifact, 324.1 KiB',
  '',
  '> [!WARNING]',
  '> This build uses `panic = "abort"`.',
  '',
  '### `x86_64-unknown-linux-gnu`',
  '',
  '| artifact | kind | size | delta | % | sha256 |',
  '|---|---|--:|--:|--:|---|',
  '| `hello` | bin | 324.1 KiB | −150.8 KiB | −31.75% | `1325d257c3da` |',
  '| ~~`old`~~ | | removed | −1.0 KiB | −100.00% | |',
  '',
  '<details><summary>Code by crate in <code>x86_64-unknown-linux-gnu/hello</code></summary>',
  '',
  '| crate | code |',
  '|---|--:|',
  '| `std` | 226.4 KiB |',
  '',
  '</details>',
  '',
  '_Code by crate is an estimate._',
  '',
  '```text',
  '1325d257  x86_64-unknown-linux-gnu/hello',
  '```',
  '',
  '<sub>rustc 1.95.0</sub>'
].join('\n')

test('tables align, sections and alerts become plain lines, and no markdown syntax is left', () => {
  expect(renderForTerminal(MARKDOWN, { color: false })).toBe(
    [
      'rust-optimize · preset speed · 1 artifact, 324.1 KiB',
      '',
      'WARNING: This build uses panic = "abort".',
      '',
      'x86_64-unknown-linux-gnu',
      '',
      '  artifact  kind       size       delta         %  sha256',
      '  ────────  ────  ─────────  ──────────  ────────  ────────────',
      '  hello     bin   324.1 KiB  −150.8 KiB   −31.75%  1325d257c3da',
      '  old               removed    −1.0 KiB  −100.00%',
      '',
      'Code by crate in x86_64-unknown-linux-gnu/hello:',
      '',
      '  crate       code',
      '  ─────  ─────────',
      '  std    226.4 KiB',
      '',
      'Code by crate is an estimate.',
      '',
      '  1325d257  x86_64-unknown-linux-gnu/hello',
      '',
      'rustc 1.95.0',
      ''
    ].join('\n')
  )
})

test('colour only when asked, and it never changes the alignment', () => {
  const plain = renderForTerminal(MARKDOWN, { color: false })
  const coloured = renderForTerminal(MARKDOWN, { color: true })
  expect(plain).not.toMatch(/\x1b\[/) // eslint-disable-line no-control-regex
  expect(coloured).toContain('\x1b[1mrust-optimize\x1b[22m')
  expect(coloured).toContain('\x1b[33mWARNING:\x1b[39m')
  expect(coloured).toContain('\x1b[9m')
  const widths = (text: string) => text.split('\n').map(displayWidth)
  expect(widths(coloured)).toEqual(widths(plain))
})
