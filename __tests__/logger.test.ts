// The held logger: the warm entry's restore runs beside sccache's and its messages come after.
import { bufferedLogger, type Logger } from '../src/logger.js'

function recorder(): { logger: Logger; lines: string[] } {
  const lines: string[] = []
  const logger: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    annotate: (d) => lines.push(`annotate ${d.message}`),
    group: async (name, fn) => {
      lines.push(`group ${name}`)
      try {
        return await fn()
      } finally {
        lines.push('endgroup')
      }
    }
  }
  return { logger, lines }
}

test('holds messages and groups until replayed, in order, then writes through', async () => {
  const held = bufferedLogger()
  const out = recorder()
  held.logger.info('before')
  const value = await held.logger.group('Warm cache restore', async () => {
    held.logger.info('key: k')
    await new Promise((resolve) => setTimeout(resolve, 5))
    held.logger.warning('not restored')
    return 42
  })
  expect(value).toBe(42)
  held.logger.info('after')
  out.logger.info('sccache first')
  expect(out.lines).toEqual(['info sccache first'])

  await held.replay(out.logger)
  held.logger.info('staged later')
  expect(out.lines).toEqual([
    'info sccache first',
    'info before',
    'group Warm cache restore',
    'info key: k',
    'warning not restored',
    'endgroup',
    'info after',
    'info staged later'
  ])
})
