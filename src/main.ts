import { runMain } from './action.js'

await runMain()
// Exit now rather than wait for idle keep-alive sockets of HTTP clients (cache service, API).
process.exit()
