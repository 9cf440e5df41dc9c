// cargo's JSON messages, case by case: which library files a member delivers per crate kind and
// crate type, which lines are not messages, diagnostics per level and span shape, unique files.
import {
  parseCargoJson,
  readCargoMessage,
  uniqueFiles,
  type BuiltFile,
  type CargoMessage
} from '../../src/cargo/messages.js'

const T = 'x86_64-unknown-linux-gnu'
const APP = 'path+file:///w/app#0.1.0'
const members = new Set([APP])

function lib(kind: string[], crateTypes: string[], filenames: string[]): CargoMessage {
  const line = JSON.stringify({
    reason: 'compiler-artifact',
    package_id: APP,
    target: { kind, crate_types: crateTypes, name: 'plug' },
    profile: { test: false },
    filenames,
    executable: null
  })
  return readCargoMessage(parseCargoJson(line), members, T)
}

/** The delivered files of a message as `name:kind`, or the message kind when it delivers none. */
function delivered(message: CargoMessage): string[] | string {
  return message.kind === 'artifact'
    ? message.files.map((f) => `${f.name}:${f.kind}`)
    : message.kind
}

test.each([
  // [target kind, crate types, file, delivered]
  [['cdylib'], ['cdylib'], '/t/libplug.so', ['libplug.so:cdylib']],
  [['dylib'], ['dylib'], '/t/libplug.so', ['libplug.so:dylib']],
  [['dylib'], ['dylib'], '/t/libplug.dylib', ['libplug.dylib:dylib']],
  [['cdylib'], ['cdylib'], '/t/plug.dll', ['plug.dll:cdylib']],
  [['staticlib'], ['staticlib'], '/t/libplug.a', ['libplug.a:staticlib']],
  [['staticlib'], ['staticlib'], '/t/plug.lib', ['plug.lib:staticlib']],
  [['cdylib'], ['cdylib'], '/t/plug.wasm', ['plug.wasm:cdylib']],
  // a .wasm that is not a cdylib, and names that only contain a library suffix, deliver nothing
  [['dylib'], ['dylib'], '/t/plug.wasm', 'crate'],
  [['cdylib'], ['cdylib'], '/t/libplug.so.1', 'crate'],
  [['cdylib'], ['cdylib'], '/t/plug.wasm.map', 'crate'],
  [['staticlib'], ['staticlib'], '/t/libplug.a.tmp', 'crate'],
  [['staticlib'], ['staticlib'], '/t/plug.lib.bak', 'crate'],
  [['staticlib', 'cdylib'], ['staticlib', 'cdylib'], '/t/plug.exe', 'crate'],
  // an archive of a crate that is no staticlib delivers nothing
  [['cdylib'], ['cdylib'], '/t/libplug.a', 'crate'],
  // a plain lib target delivers nothing, whatever its files
  [['lib'], ['lib'], '/t/libplug.so', 'crate'],
  [['rlib'], ['rlib'], '/t/libplug.a', 'crate']
])('%j %j %s delivers %j', (kind, crateTypes, file, expected) => {
  expect(delivered(lib(kind, crateTypes, [file]))).toEqual(expected)
})

test.each([
  '',
  'null',
  '[1]',
  '"text"',
  '42',
  'Compiling app v0.1.0',
  '{not json',
  ' {"reason":1}'
])('a line that is no cargo message (%p) is other', (line) => {
  expect(readCargoMessage(parseCargoJson(line), members, T)).toEqual({ kind: 'other' })
})

function diagnostic(
  level: string,
  spans: object[],
  rendered: string | null = 'shown'
): CargoMessage {
  const line = JSON.stringify({
    reason: 'compiler-message',
    message: { level, message: 'msg', rendered, spans }
  })
  return readCargoMessage(parseCargoJson(line), members, T)
}

const span = (start: number, end: number, primary = true): object => ({
  file_name: 'src/main.rs',
  line_start: start,
  line_end: end,
  column_start: 3,
  column_end: 7,
  is_primary: primary
})

test.each([
  ['error', 'error'],
  ['error: internal compiler error', 'error'],
  ['warning', 'warning'],
  ['note', null],
  ['help', null],
  ['failure-note', null],
  ['warn', null]
])('level %p becomes %p', (level, expected) => {
  const message = diagnostic(level, [span(1, 1)])
  expect(message.kind === 'diagnostic' ? message.diagnostic.level : null).toBe(expected)
  if (expected === null) expect(message).toEqual({ kind: 'other' })
})

test('a diagnostic without spans has no place; one over several lines has no columns', () => {
  expect(diagnostic('warning', [], null)).toEqual({
    kind: 'diagnostic',
    diagnostic: { level: 'warning', message: 'msg', rendered: 'msg' }
  })
  expect(diagnostic('error', [span(4, 6)])).toEqual({
    kind: 'diagnostic',
    diagnostic: {
      level: 'error',
      message: 'msg',
      rendered: 'shown',
      file: 'src/main.rs',
      startLine: 4,
      endLine: 6
    }
  })
  // without a primary span, the first one
  expect(diagnostic('warning', [span(8, 8, false), span(9, 9, false)])).toMatchObject({
    diagnostic: { startLine: 8, startColumn: 3, endColumn: 7 }
  })
})

test('uniqueFiles keeps the first file of each path, in order', () => {
  const file = (name: string, p: string): BuiltFile => ({ name, kind: 'bin', target: T, path: p })
  const files = [file('a', '/t/a'), file('b', '/t/b'), file('a2', '/t/a'), file('c', '/t/c')]
  expect(uniqueFiles(files).map((f) => f.name)).toEqual(['a', 'b', 'c'])
  expect(uniqueFiles([])).toEqual([])
})

test('parseCargoJson: an object per JSON line, null for everything else', () => {
  expect(parseCargoJson('{"reason":"build-finished","success":true}')).toEqual({
    reason: 'build-finished',
    success: true
  })
  for (const line of ['', '   Compiling x v0.1.0', '{not json', '[1]', 'null', '"x"', '{"a":1'])
    expect([line, parseCargoJson(line)]).toEqual([line, null])
  expect(parseCargoJson('{}')).toEqual({})
})
