import path from 'node:path'
import { annotationFile, parseCargoJson, readCargoMessage } from '../../src/cargo/messages.js'

const T = 'x86_64-unknown-linux-gnu'
const APP = 'path+file:///w/app#0.1.0'
const LIB = 'path+file:///w/lib#0.1.0'
const members = new Set([APP, LIB])
const artifact = (over: Record<string, unknown>): string =>
  JSON.stringify({
    reason: 'compiler-artifact',
    package_id: APP,
    manifest_path: '/w/app/Cargo.toml',
    target: { kind: ['bin'], crate_types: ['bin'], name: 'my-app' },
    profile: { opt_level: '3', debuginfo: 0, test: false },
    features: [],
    filenames: [`/w/target/${T}/release/my-app`],
    executable: `/w/target/${T}/release/my-app`,
    fresh: false,
    ...over
  })

describe('readCargoMessage', () => {
  it('reports bins by their executable', () => {
    expect(readCargoMessage(parseCargoJson(artifact({})), members, T)).toEqual({
      kind: 'artifact',
      crate: 'my-app',
      files: [
        {
          name: 'my-app',
          kind: 'bin',
          target: T,
          path: `/w/target/${T}/release/my-app`,
          crate: 'my-app'
        }
      ]
    })
  })

  it('classifies multi-type libraries by file, skipping rlibs, import libs and debug files', () => {
    const line = artifact({
      package_id: LIB,
      target: {
        kind: ['cdylib', 'staticlib', 'rlib'],
        crate_types: ['cdylib', 'staticlib', 'rlib'],
        name: 'my_lib'
      },
      executable: null,
      filenames: [
        '/o/libmy_lib.so',
        '/o/libmy_lib.a',
        '/o/libmy_lib.rlib',
        '/o/libmy_lib.so.dwp',
        '/o/my_lib.dll',
        '/o/my_lib.dll.lib',
        '/o/my_lib.lib',
        '/o/my_lib.pdb'
      ]
    })
    const parsed = readCargoMessage(parseCargoJson(line), members, T)
    expect(parsed.kind === 'artifact' && parsed.files.map((f) => [f.name, f.kind])).toEqual([
      ['libmy_lib.so', 'cdylib'],
      ['libmy_lib.a', 'staticlib'],
      ['my_lib.dll', 'cdylib'],
      ['my_lib.lib', 'staticlib']
    ])
  })

  it('reports a wasm cdylib by its .wasm file', () => {
    const line = artifact({
      package_id: LIB,
      target: { kind: ['cdylib', 'rlib'], crate_types: ['cdylib', 'rlib'], name: 'my_lib' },
      executable: null,
      filenames: [
        '/w/target/wasm32-unknown-unknown/release/my_lib.wasm',
        '/w/target/wasm32-unknown-unknown/release/libmy_lib.rlib'
      ]
    })
    expect(readCargoMessage(parseCargoJson(line), members, 'wasm32-unknown-unknown')).toEqual({
      kind: 'artifact',
      crate: 'my_lib',
      files: [
        {
          name: 'my_lib.wasm',
          kind: 'cdylib',
          target: 'wasm32-unknown-unknown',
          path: '/w/target/wasm32-unknown-unknown/release/my_lib.wasm',
          crate: 'my_lib'
        }
      ]
    })
  })

  it('ignores build scripts and other messages', () => {
    const other = [
      artifact({
        target: { kind: ['custom-build'], crate_types: ['bin'], name: 'build-script-build' },
        executable: null
      }),
      'Compiling app v0.1.0',
      '{"reason":"build-script-executed"}'
    ]
    for (const line of other)
      expect(readCargoMessage(parseCargoJson(line), members, T)).toEqual({ kind: 'other' })
  })

  it('names the crates of dependencies, proc-macros, plain libs and test builds, delivering nothing', () => {
    const crates = [
      artifact({
        package_id: 'registry+https://x#serde@1.0.0',
        target: { kind: ['lib'], crate_types: ['lib'], name: 'serde' }
      }),
      artifact({
        target: { kind: ['proc-macro'], crate_types: ['proc-macro'], name: 'm' },
        executable: null,
        filenames: ['/o/libm.so']
      }),
      artifact({
        target: { kind: ['lib'], crate_types: ['lib'], name: 'l' },
        executable: null,
        filenames: ['/o/libl.rlib']
      }),
      artifact({ profile: { test: true } })
    ]
    expect(crates.map((line) => readCargoMessage(parseCargoJson(line), members, T))).toEqual(
      ['serde', 'm', 'l', 'my-app'].map((crate) => ({ kind: 'crate', crate }))
    )
  })

  it('turns compiler messages into diagnostics with the primary span', () => {
    const line = JSON.stringify({
      reason: 'compiler-message',
      message: {
        level: 'error',
        message: 'mismatched types',
        rendered: 'error[E0308]: mismatched types\n --> src/main.rs:2:18\n',
        spans: [
          {
            file_name: 'src/other.rs',
            line_start: 9,
            line_end: 9,
            column_start: 1,
            column_end: 2,
            is_primary: false
          },
          {
            file_name: 'src/main.rs',
            line_start: 2,
            line_end: 2,
            column_start: 18,
            column_end: 32,
            is_primary: true
          }
        ]
      }
    })
    expect(readCargoMessage(parseCargoJson(line), members, T)).toEqual({
      kind: 'diagnostic',
      diagnostic: {
        level: 'error',
        message: 'mismatched types',
        rendered: 'error[E0308]: mismatched types\n --> src/main.rs:2:18\n',
        file: 'src/main.rs',
        startLine: 2,
        endLine: 2,
        startColumn: 18,
        endColumn: 32
      }
    })
    expect(
      readCargoMessage(parseCargoJson('{"reason":"build-finished","success":false}'), members, T)
    ).toEqual({
      kind: 'finished',
      success: false
    })
  })
})

describe('annotationFile', () => {
  const error = (file: string): string =>
    JSON.stringify({
      reason: 'compiler-message',
      package_id: APP,
      message: {
        level: 'error',
        message: 'mismatched types',
        rendered: 'error[E0308]: mismatched types',
        spans: [
          {
            file_name: file,
            line_start: 2,
            line_end: 2,
            column_start: 5,
            column_end: 9,
            is_primary: true
          }
        ]
      }
    })
  const fileOf = (line: string): string | undefined => {
    const m = readCargoMessage(parseCargoJson(line), members, 'x86_64-pc-windows-msvc')
    return m.kind === 'diagnostic' ? m.diagnostic.file : undefined
  }

  it('gives a Windows path relative to the repository, with / separators', () => {
    // rustc on a Windows runner: backslashes, relative to the workspace root in a subdirectory.
    const file = fileOf(error('app\\src\\bin\\app-tool.rs'))
    expect(file).toBe('app\\src\\bin\\app-tool.rs')
    expect(
      annotationFile(file ?? '', 'D:\\a\\repo\\repo\\rust', 'D:\\a\\repo\\repo', path.win32)
    ).toBe('rust/app/src/bin/app-tool.rs')
    // Drive letters differ in case between GITHUB_WORKSPACE and cargo's paths.
    expect(
      annotationFile('src\\main.rs', 'd:\\a\\repo\\repo', 'D:\\a\\repo\\repo', path.win32)
    ).toBe('src/main.rs')
    // An absolute path from rustc (a path dependency) is made relative too.
    expect(
      annotationFile(
        'D:\\a\\repo\\repo\\libs\\x\\lib.rs',
        'D:\\a\\repo\\repo\\rust',
        'D:\\a\\repo\\repo',
        path.win32
      )
    ).toBe('libs/x/lib.rs')
  })

  it('keeps POSIX paths as they are, and absolute without a repository', () => {
    expect(annotationFile('src/main.rs', '/w/repo/app', '/w/repo', path.posix)).toBe(
      'app/src/main.rs'
    )
    expect(annotationFile('src/main.rs', '/w/repo/app', undefined, path.posix)).toBe(
      '/w/repo/app/src/main.rs'
    )
    expect(annotationFile('src\\main.rs', 'C:\\w', undefined, path.win32)).toBe('C:/w/src/main.rs')
  })
})
