// Bundles the action's entry points (main, post) and the CLI into ESM files under dist/.
// Shared code lands in chunks; a createRequire banner lets CommonJS dependencies load node builtins.
import { build } from 'esbuild'
import { chmodSync, rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Worktrees may link node_modules; keep module paths (and so dist/) the same as in a plain clone.
  preserveSymlinks: true,
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);"
  }
})
chmodSync('dist/cli.js', 0o755)
