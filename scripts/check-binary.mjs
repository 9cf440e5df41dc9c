#!/usr/bin/env node
// Checks built artifacts: each file exists and its ELF / PE / Mach-O header names the architecture
// its target triple promises; optionally runs the binaries (natively or under an emulator).
//
//   ARTIFACTS='<the action's artifacts output>' [PATHS='<its paths output>'] node scripts/check-binary.mjs \
//     [--run TRIPLE=native | --run 'TRIPLE=qemu-aarch64 -L /usr/aarch64-linux-gnu' ...] \
//     [--expect 'cross-hello {arch}-{os}'] [--min-count N]
//   node scripts/check-binary.mjs FILE TRIPLE
import { Buffer } from 'node:buffer'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const ELF_MACHINES = {
  3: 'x86',
  62: 'x86_64',
  183: 'aarch64',
  40: 'arm',
  243: 'riscv',
  21: 'powerpc64',
  22: 's390x'
}
const PE_MACHINES = { 0x8664: 'x86_64', 0xaa64: 'aarch64', 0x14c: 'x86', 0x1c4: 'arm' }
const MACHO_CPUS = { 0x01000007: 'x86_64', 0x0100000c: 'aarch64', 7: 'x86', 12: 'arm' }

/** Format, architecture and word size of an executable or library header. */
export function readHeader(bytes) {
  const b = Buffer.from(bytes)
  if (b.length >= 20 && b.readUInt32BE(0) === 0x7f454c46) {
    const bits = b[4] === 2 ? 64 : 32
    const machine = b[5] === 2 ? b.readUInt16BE(18) : b.readUInt16LE(18)
    let arch = ELF_MACHINES[machine] ?? `elf-machine-${machine}`
    if (arch === 'riscv') arch = `riscv${bits}`
    return { format: 'elf', arch, bits }
  }
  if (b.length >= 64 && b[0] === 0x4d && b[1] === 0x5a) {
    const pe = b.readUInt32LE(0x3c)
    if (b.length >= pe + 6 && b.readUInt32BE(pe) === 0x50450000) {
      const machine = b.readUInt16LE(pe + 4)
      return { format: 'pe', arch: PE_MACHINES[machine] ?? `pe-machine-0x${machine.toString(16)}` }
    }
  }
  if (b.length >= 8 && (b.readUInt32LE(0) === 0xfeedfacf || b.readUInt32LE(0) === 0xfeedface)) {
    const cpu = b.readUInt32LE(4)
    return { format: 'macho', arch: MACHO_CPUS[cpu] ?? `macho-cpu-0x${cpu.toString(16)}` }
  }
  if (b.length >= 8 && b.readUInt32BE(0) === 0xcafebabe) {
    const n = b.readUInt32BE(4)
    const archs = []
    for (let i = 0; i < n && b.length >= 8 + 20 * (i + 1); i++) {
      const cpu = b.readUInt32BE(8 + 20 * i)
      archs.push(MACHO_CPUS[cpu] ?? `macho-cpu-0x${cpu.toString(16)}`)
    }
    return { format: 'macho', arch: archs.join('+') }
  }
  if (b.length >= 8 && b.toString('latin1', 0, 8) === '!<arch>\n')
    return { format: 'ar', arch: null }
  if (b.length >= 4 && b.readUInt32BE(0) === 0x0061736d) return { format: 'wasm', arch: 'wasm' }
  return { format: 'unknown', arch: null }
}

/** What a target triple promises: header format, architecture, and Rust's ARCH/OS names. */
export function expectedFor(triple) {
  const [first] = triple.split('-')
  let arch = first
  if (/^(i[3-6]86)$/.test(first)) arch = 'x86'
  else if (/^(aarch64|arm64)/.test(first)) arch = 'aarch64'
  else if (/^(arm|thumb)/.test(first)) arch = 'arm'
  else if (/^riscv64/.test(first)) arch = 'riscv64'
  else if (/^riscv32/.test(first)) arch = 'riscv32'
  else if (/^powerpc64/.test(first)) arch = 'powerpc64'
  else if (/^wasm/.test(first)) arch = 'wasm'
  const format = /^wasm/.test(first)
    ? 'wasm'
    : triple.includes('windows')
      ? 'pe'
      : triple.includes('apple')
        ? 'macho'
        : 'elf'
  const os = triple.includes('windows')
    ? 'windows'
    : triple.includes('apple-darwin')
      ? 'macos'
      : triple.includes('linux')
        ? 'linux'
        : 'none'
  return { format, arch, os }
}

/** Problems with one file built for `triple` (empty when it is right). */
export function checkFile(file, triple) {
  if (!existsSync(file)) return [`${file}: does not exist`]
  const header = readHeader(readFileSync(file).subarray(0, 4096))
  const want = expectedFor(triple)
  if (header.format === 'ar') return [] // a staticlib: an archive of objects, no single header
  const problems = []
  if (header.format !== want.format)
    problems.push(`${file}: ${header.format} file, expected ${want.format} for ${triple}`)
  if (header.arch !== want.arch)
    problems.push(`${file}: architecture ${header.arch}, expected ${want.arch} for ${triple}`)
  return problems
}

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      run: { type: 'string', multiple: true },
      expect: { type: 'string' },
      'min-count': { type: 'string' }
    }
  })
  let artifacts
  if (positionals.length === 2) {
    artifacts = [
      { path: positionals[0], target: positionals[1], kind: 'bin', name: positionals[0] }
    ]
  } else {
    artifacts = JSON.parse(process.env.ARTIFACTS ?? '[]')
  }
  const runners = new Map()
  for (const spec of values.run ?? []) {
    const at = spec.indexOf('=')
    runners.set(
      spec.slice(0, at),
      spec
        .slice(at + 1)
        .split(' ')
        .filter(Boolean)
    )
  }
  const problems = []
  const minCount = Number(values['min-count'] ?? '1')
  if (artifacts.length < minCount)
    problems.push(`expected at least ${minCount} artifact(s), got ${artifacts.length}`)
  for (const a of artifacts) {
    const found = checkFile(a.path, a.target)
    const header = existsSync(a.path) ? readHeader(readFileSync(a.path).subarray(0, 4096)) : null
    console.log(
      `${found.length === 0 ? 'ok  ' : 'FAIL'} ${a.target} ${a.kind} ${a.path} (${header?.format ?? '-'} ${header?.arch ?? '-'})`
    )
    problems.push(...found)
    const runner = runners.get(a.target)
    if (found.length > 0 || runner === undefined || a.kind !== 'bin') continue
    const command = runner[0] === 'native' ? [a.path] : [...runner, a.path]
    const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' })
    const out = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
    console.log(`     ran: ${command.join(' ')}\n     → ${out}`)
    if (result.error !== undefined || result.status !== 0) {
      problems.push(
        `${a.path}: running it failed (${result.error?.message ?? `exit ${result.status}`})`
      )
    } else if (values.expect !== undefined) {
      const want = expectedFor(a.target)
      const text = values.expect.replace('{arch}', want.arch).replace('{os}', want.os)
      if (!out.includes(text)) problems.push(`${a.path}: output lacks '${text}'`)
    }
  }
  // The `paths` output, when given, must list exactly the artifacts' paths.
  if (process.env.PATHS !== undefined) {
    const listed = process.env.PATHS.split('\n').filter((l) => l.trim() !== '')
    const want = artifacts.map((a) => a.path)
    if (JSON.stringify([...listed].sort()) !== JSON.stringify([...want].sort()))
      problems.push(`the paths output (${listed.join(', ')}) differs from the artifacts' paths`)
  }
  for (const p of problems) console.error(`error: ${p}`)
  return problems.length === 0 ? 0 : 1
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  process.exitCode = main(process.argv.slice(2))
}
