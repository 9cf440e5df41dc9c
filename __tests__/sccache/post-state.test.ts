// A post step whose saved state cannot be read still stops the sccache server the main step
// started; with no state at all it does nothing (and loads nothing).
import { rmSync } from 'node:fs'
import { runAction } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import { stopTracked, track } from '../support/sccache.js'
import { listening, requireTool } from '../support/tools.js'

const INPUTS = {
  preset: 'none',
  'target-cpu': 'none',
  baseline: 'none',
  comment: 'false',
  sccache: 'true'
}

let ws: string
beforeAll(() => {
  requireTool('sccache')
  ws = copyFixture('report-bin')
})
afterAll(() => {
  stopTracked()
  rmSync(ws, { recursive: true, force: true })
})

test('an unreadable sccache state: the post step warns and still stops the server', async () => {
  const main = track(await runAction({ inputs: INPUTS, cwd: ws }))
  expect(main.code).toBe(0)
  const port = Number(
    (JSON.parse(main.state.sccache) as { env: Record<string, string> }).env.SCCACHE_SERVER_PORT
  )
  expect(await listening(port)).toBe(true)
  // The state entry arrives truncated (or otherwise broken).
  const state = { ...main.state, sccache: main.state.sccache.slice(0, 20) }
  const post = await runAction({ entry: 'post', cwd: ws, state, runnerTemp: main.runnerTemp })
  expect(post.code).toBe(0)
  expect(post.stdout).toContain(
    '::warning::Post step: the sccache state of the main step cannot be read; nothing is saved'
  )
  expect(post.stdout).toContain('sccache server stopped')
  expect(await listening(port)).toBe(false)
})

test('no state at all: the post step does nothing and says nothing', async () => {
  const post = await runAction({ entry: 'post', cwd: ws })
  expect(post.code).toBe(0)
  expect(post.stdout).toBe('')
  expect(post.stderr).toBe('')
})
