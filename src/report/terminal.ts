// The report for a terminal: the markdown report (report.ts, the one text every channel shows)
// rendered without markdown syntax. Tables become aligned columns, collapsed sections headed
// lines, code spans plain text; colour (ANSI) only when asked, i.e. on a TTY. Pure.
//
// It renders the subset of markdown the report itself writes: headings (###), tables with an
// alignment row, <details>/<summary>, alerts (> [!WARNING]), fenced code, `code`, **bold**,
// _emphasis_, ~~struck~~ and <sub>/<code> tags.

export interface TerminalOptions {
  color: boolean
}

const STYLE = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  code: ['\x1b[36m', '\x1b[39m'],
  strike: ['\x1b[9m', '\x1b[29m'],
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m']
} as const
type Style = keyof typeof STYLE

const ANSI = /\x1b\[[0-9;]*m/g // eslint-disable-line no-control-regex

/** The columns `text` takes on a terminal (escape sequences take none). */
export function displayWidth(text: string): number {
  return [...text.replace(ANSI, '')].length
}

function styler(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `${STYLE[style][0]}${text}${STYLE[style][1]}` : text)
}

/** Inline markdown and the report's few HTML tags, rendered. */
function inline(text: string, paint: ReturnType<typeof styler>): string {
  return text
    .replace(/<\/?(sub|code)>/g, '')
    .replace(/`([^`]*)`/g, (_, code: string) => paint('code', code))
    .replace(/\*\*([^*]+)\*\*/g, (_, bold: string) => paint('bold', bold))
    .replace(/~~([^~]+)~~/g, (_, gone: string) => paint('strike', gone))
    .replace(/^_(.+)_$/, (_, note: string) => paint('dim', note))
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'))
}

/** A markdown table (header, alignment row, body) as aligned columns. */
function table(rows: string[], paint: ReturnType<typeof styler>): string[] {
  const [header, align, ...body] = rows.map(cells)
  const right = align.map((a) => a.endsWith(':') && !a.startsWith(':'))
  const grid = [
    header.map((h) => paint('bold', inline(h, paint))),
    ...body.map((r) => r.map((c) => inline(c, paint)))
  ]
  const widths = header.map((_, i) => Math.max(...grid.map((r) => displayWidth(r[i] ?? ''))))
  const line = (r: string[]): string =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i] - displayWidth(c)))
        return right[i] ? pad + c : i === r.length - 1 ? c : c + pad
      })
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(grid[0]), rule, ...grid.slice(1).map(line)].map((l) => `  ${l}`)
}

const ALERTS: Record<string, Style> = { CAUTION: 'red', WARNING: 'yellow', NOTE: 'bold' }

export function renderForTerminal(markdown: string, options: TerminalOptions): string {
  const paint = styler(options.color)
  const lines = markdown.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('```')) {
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) out.push(`  ${lines[i]}`)
      continue
    }
    if (line.startsWith('|')) {
      const rows: string[] = []
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i])
      i--
      out.push(...(rows.length >= 2 ? table(rows, paint) : rows.map((r) => inline(r, paint))))
      continue
    }
    const summary = /^<details><summary>(.*)<\/summary>$/.exec(line)
    if (summary !== null) {
      out.push(`${paint('bold', inline(summary[1], paint))}:`)
      continue
    }
    if (line === '</details>') continue
    const heading = /^#{1,6} (.*)$/.exec(line)
    if (heading !== null) {
      out.push(paint('bold', inline(heading[1], paint)))
      continue
    }
    const alert = /^> \[!([A-Z]+)\]$/.exec(line)
    if (alert !== null) {
      const text: string[] = []
      for (i++; i < lines.length && lines[i].startsWith('> '); i++) text.push(lines[i].slice(2))
      i--
      const label = paint(ALERTS[alert[1]] ?? 'bold', `${alert[1]}:`)
      out.push(`${label} ${inline(text.join(' '), paint)}`)
      continue
    }
    out.push(inline(line.startsWith('> ') ? line.slice(2) : line, paint))
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}
