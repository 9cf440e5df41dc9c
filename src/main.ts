// The main step. The toolchain probes start before the pipeline is loaded (early.ts): loading it
// takes node tens of milliseconds, in which rustc and rustup answer on another core.
import { startToolchainProbes } from './toolchain/early.js'

startToolchainProbes(process.env, process.cwd())
const { runMain } = await import('./action.js')
await runMain()
// Exit now rather than wait for idle keep-alive sockets of HTTP clients (cache service, API).
process.exit()
