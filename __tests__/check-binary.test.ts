import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkFile, expectedFor, readHeader } from '../scripts/check-binary.mjs'
import { ROOT } from './support/action.js'

function pe(machine: number): Buffer {
  const b = Buffer.alloc(0x100)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.write('PE\0\0', 0x80, 'latin1')
  b.writeUInt16LE(machine, 0x84)
  return b
}
function macho(cpu: number): Buffer {
  const b = Buffer.alloc(32)
  b.writeUInt32LE(0xfeedfacf, 0)
  b.writeUInt32LE(cpu, 4)
  return b
}
function fat(...cpus: number[]): Buffer {
  const b = Buffer.alloc(8 + 20 * cpus.length)
  b.writeUInt32BE(0xcafebabe, 0)
  b.writeUInt32BE(cpus.length, 4)
  cpus.forEach((cpu, i) => b.writeUInt32BE(cpu, 8 + 20 * i))
  return b
}

test.each([
  [pe(0x8664), 'pe', 'x86_64'],
  [pe(0xaa64), 'pe', 'aarch64'],
  [pe(0x14c), 'pe', 'x86'],
  [macho(0x0100000c), 'macho', 'aarch64'],
  [macho(0x01000007), 'macho', 'x86_64'],
  [fat(0x01000007, 0x0100000c), 'macho', 'x86_64+aarch64'],
  [Buffer.from('!<arch>\nxxxxxxxx', 'latin1'), 'ar', null],
  [Buffer.from('#!/bin/sh\necho hi\n', 'latin1'), 'unknown', null]
])('header case %#', (bytes, format, arch) => {
  expect(readHeader(bytes)).toMatchObject({ format, arch })
})

test.each([
  ['x86_64-unknown-linux-gnu', { format: 'elf', arch: 'x86_64', os: 'linux' }],
  ['aarch64-unknown-linux-musl', { format: 'elf', arch: 'aarch64', os: 'linux' }],
  ['x86_64-pc-windows-gnu', { format: 'pe', arch: 'x86_64', os: 'windows' }],
  ['aarch64-pc-windows-msvc', { format: 'pe', arch: 'aarch64', os: 'windows' }],
  ['x86_64-apple-darwin', { format: 'macho', arch: 'x86_64', os: 'macos' }],
  ['i686-unknown-linux-gnu', { format: 'elf', arch: 'x86', os: 'linux' }],
  ['armv7-unknown-linux-gnueabihf', { format: 'elf', arch: 'arm', os: 'linux' }],
  ['riscv64gc-unknown-linux-gnu', { format: 'elf', arch: 'riscv64', os: 'linux' }]
])('%s promises %o', (triple, expected) => {
  expect(expectedFor(triple)).toEqual(expected)
})

test('the CLI fails on a missing file and a wrong architecture, passes on a right one', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-check-'))
  const exe = path.join(dir, 'app.exe')
  writeFileSync(exe, pe(0xaa64))
  expect(checkFile(exe, 'aarch64-pc-windows-msvc')).toEqual([])
  expect(checkFile(exe, 'x86_64-pc-windows-msvc')).toEqual([
    `${exe}: architecture aarch64, expected x86_64 for x86_64-pc-windows-msvc`
  ])
  const cli = (artifacts: unknown[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-binary.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ARTIFACTS: JSON.stringify(artifacts) }
    })
  const good = cli([{ path: exe, target: 'aarch64-pc-windows-msvc', kind: 'bin', name: 'app' }])
  expect(good.status).toBe(0)
  expect(good.stdout).toContain(`ok   aarch64-pc-windows-msvc bin ${exe} (pe aarch64)`)
  const bad = cli([
    { path: exe, target: 'x86_64-pc-windows-msvc', kind: 'bin', name: 'app' },
    { path: path.join(dir, 'gone'), target: 'x86_64-pc-windows-msvc', kind: 'bin', name: 'gone' }
  ])
  expect(bad.status).toBe(1)
  expect(bad.stderr).toContain('architecture aarch64, expected x86_64')
  expect(bad.stderr).toContain(`${path.join(dir, 'gone')}: does not exist`)
  expect(cli([]).stderr).toContain('expected at least 1 artifact(s), got 0')
})
