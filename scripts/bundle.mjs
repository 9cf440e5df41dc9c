// Bundles the action's entry points (main, post), the CLI and the cache calls' child process
// (cache-call) into ESM files under dist/.
// Shared code lands in chunks; a createRequire banner lets CommonJS dependencies load node builtins.
import { build } from 'esbuild'
import { chmodSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * @actions/core imports its OIDC client statically, and with it the whole HTTP stack (undici):
 * a tenth of the start-up time of every run. Its `getIDToken` gets a stand-in that loads the real
 * client when called (scripts/shims/oidc-lazy.mjs); everything else in core is untouched.
 */
const lazyOidc = {
  name: 'lazy-oidc',
  setup(b) {
    const core = /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      core.test(args.importer) ? { path: path.resolve('scripts/shims/oidc-lazy.mjs') } : undefined
    )
    b.onResolve({ filter: /^ro-real:@actions\/core\/oidc-utils$/ }, () => ({
      path: path.resolve('node_modules/@actions/core/lib/oidc-utils.js')
    }))
  }
}

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: {
    main: 'src/main.ts',
    post: 'src/post.ts',
    cli: 'src/cli.ts',
    'cache-call': 'src/sccache/cache-call.ts'
  },
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
  plugins: [lazyOidc],
  // The CycloneDX library's optional plug-ins (XML, schema validation, purl and SPDX parsers): it
  // tries each at load and goes on without; the action writes JSON and validates nothing at run time.
  external: [
    'libxmljs2',
    'xmlbuilder2',
    'ajv',
    'ajv-formats',
    'ajv-formats-draft2019',
    'packageurl-js',
    'spdx-expression-parse'
  ],
  banner: {
    js: "import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);"
  }
})
chmodSync('dist/cli.js', 0o755)
