import { runMain } from './action.js'

await runMain()
