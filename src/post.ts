// The post step. With nothing to save or clean up (no sccache and no warm state from the main
// step) it ends before loading anything else: it runs after every job that uses the action.
// The warm entry has a state of its own: it is saved whenever warm caching is on, sccache or not.
// The names are spelled out, not imported: any import would load a shared chunk first
// (__tests__/bundle.test.ts checks that they match STATE_NAME, STOP_STATE_NAME and WARM_STATE).
const STATES = ['sccache', 'sccache-stop', 'warm']

if (STATES.some((name) => process.env[`STATE_${name}`])) {
  const { runPost } = await import('./action.js')
  await runPost()
}
// Exit now rather than wait for idle keep-alive sockets of HTTP clients (cache service, API).
process.exit()
