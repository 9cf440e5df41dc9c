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

const plain = (...lines: string[]) => renderForTerminal(lines.join('\n'), { color: false })
const coloured = (...lines: string[]) => renderForTerminal(lines.join('\n'), { color: true })

test('a whole line in underscores is dimmed, underscores inside a line are kept', () => {
  expect(coloured('_note_')).toBe('\x1b[2mnote\x1b[22m\n')
  expect(coloured('a _b_')).toBe('a _b_\n')
  expect(coloured('_a_ b')).toBe('_a_ b\n')
})

test('table cells: trailing spaces after the last pipe, escaped pipes, short rows', () => {
  expect(plain('T', '| a | b |  ', '|---|---|  ', '| x | y |  ')).toBe(
    ['T', '  a  b', '  ─  ─', '  x  y', ''].join('\n')
  )
  expect(plain('T', '| name | v |', '|---|---|', '| a \\| b | 1 |')).toBe(
    ['T', '  name   v', '  ─────  ─', '  a | b  1', ''].join('\n')
  )
  expect(plain('T', '| a | b |', '|---|---|', '| x |')).toBe(
    ['T', '  a  b', '  ─  ─', '  x', ''].join('\n')
  )
})

test('a table without outer pipes on the right, and one that ends the text', () => {
  expect(plain('T', '| a | b', '|---|--:', '| xx | 1')).toBe(
    ['T', '  a   b', '  ──  ─', '  xx  1', ''].join('\n')
  )
  expect(plain('text', '| a |', '|---|', '| x |')).toBe(
    ['text', '  a', '  ─', '  x', ''].join('\n')
  )
})

test('a table of a header and an alignment row only; a lone row is a plain line', () => {
  expect(plain('T', '| a | bb |', '|---|---|')).toBe(['T', '  a  bb', '  ─  ──', ''].join('\n'))
  expect(plain('| **a** |', '', 'b')).toBe('| a |\n\nb\n')
})

test('a line ending in a pipe that does not start with one is not a table', () => {
  expect(plain('T', '| a |', '|---|', 'x |')).toBe(['T', '  a', '  ─', 'x |', ''].join('\n'))
  expect(plain('a | b |')).toBe('a | b |\n')
})

test('fenced code: a line ending in backticks stays inside, an unclosed fence runs to the end', () => {
  expect(plain('T', '```', 'x ```', '```', 'after')).toBe('T\n  x ```\nafter\n')
  expect(plain('T', '```', 'a', 'b')).toBe('T\n  a\n  b\n')
})

test('summaries, headings and alerts only when the whole line is one', () => {
  expect(plain('x <details><summary>S</summary>')).toBe('x <details><summary>S</summary>\n')
  expect(plain('<details><summary>S</summary> y')).toBe('<details><summary>S</summary> y\n')
  expect(plain('a ### b')).toBe('a ### b\n')
  expect(plain('### a\rb')).toBe('### a\rb\n')
  expect(plain('x > [!NOTE]')).toBe('x > [!NOTE]\n')
  expect(plain('> [!NOTE] more')).toBe('[!NOTE] more\n')
})

test('an alert joins its quoted lines with spaces, up to the end of the text', () => {
  expect(plain('> [!CAUTION]', '> one', '> two')).toBe('CAUTION: one two\n')
  expect(plain('> [!NOTE]', '> one', 'after')).toBe('NOTE: one\nafter\n')
})

test('alert labels: CAUTION red, WARNING yellow, NOTE and any other kind bold', () => {
  expect(coloured('> [!CAUTION]', '> x')).toBe('\x1b[31mCAUTION:\x1b[39m x\n')
  expect(coloured('> [!NOTE]', '> x')).toBe('\x1b[1mNOTE:\x1b[22m x\n')
  expect(coloured('> [!TIP]', '> x')).toBe('\x1b[1mTIP:\x1b[22m x\n')
})

test('a quoted line loses its marker, a line ending in one keeps its text', () => {
  expect(plain('> quoted')).toBe('quoted\n')
  expect(plain('a > ')).toBe('a >\n')
})

test('blank lines: runs collapse to one, none at the start or end', () => {
  expect(plain('', '', 'a', '', '', '', 'b', '', '')).toBe('a\n\nb\n')
})
