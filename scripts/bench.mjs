// `npm run bench`: the project's measurements. Each part lives in its own module.
import { benchCache } from './bench-cache.mjs'

await benchCache()
