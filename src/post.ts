// The post step. With nothing to clean up (no sccache state from the main step) it ends before
// loading anything else: it runs after every job that uses the action.
if (process.env.STATE_sccache || process.env['STATE_sccache-stop']) {
  const { runPost } = await import('./action.js')
  await runPost()
}
// Exit now rather than wait for idle keep-alive sockets of HTTP clients (cache service, API).
process.exit()
