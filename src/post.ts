import { runPost } from './action.js'

await runPost()
// Exit now rather than wait for idle keep-alive sockets of HTTP clients (cache service, API).
process.exit()
