import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildArgs, type BuildSelection } from '../../src/cargo/build.js'
import { discoverConfigFiles } from '../../src/cargo/project.js'

function settingsWith(cargoArgs: string): BuildSelection {
  return {
    profile: 'release',
    manifestPath: null,
    packages: [],
    bins: [],
    features: [],
    allFeatures: false,
    noDefaultFeatures: false,
    locked: false,
    cargoArgs: cargoArgs.split(' ')
  }
}

describe('buildArgs', () => {
  it('turns every selection input into its cargo flag, in a fixed order', () => {
    const s: BuildSelection = {
      ...settingsWith('-v'),
      profile: 'dist',
      manifestPath: '/p/Cargo.toml',
      packages: ['a', 'b'],
      bins: ['c'],
      features: ['f1', 'f2'],
      allFeatures: true,
      noDefaultFeatures: true,
      locked: true
    }
    expect(buildArgs(s, 'aarch64-apple-darwin', null)).toEqual([
      'build',
      '--profile',
      'dist',
      '--target',
      'aarch64-apple-darwin',
      '--message-format=json',
      '--manifest-path',
      '/p/Cargo.toml',
      '-p',
      'a',
      '-p',
      'b',
      '--bin',
      'c',
      '--features',
      'f1,f2',
      '--all-features',
      '--no-default-features',
      '--locked',
      '-v'
    ])
  })

  it("passes cargo-args through unchanged for the user's build", () => {
    const s = settingsWith('--target-dir out -v')
    const args = buildArgs(s, 'x86_64-unknown-linux-gnu', null)
    expect(args.slice(-3)).toEqual(['--target-dir', 'out', '-v'])
  })

  it('gives the baseline build only its own target directory (cargo rejects a second one)', () => {
    const s = settingsWith(
      '--target-dir out --locked --target-dir=out2 -Zunstable-options --artifact-dir dist -v'
    )
    const args = buildArgs(s, 'x86_64-unknown-linux-gnu', '/t/base')
    expect(args.filter((a) => a.startsWith('--target-dir'))).toEqual(['--target-dir'])
    expect(args[args.indexOf('--target-dir') + 1]).toBe('/t/base')
    expect(args.some((a) => a.startsWith('--artifact-dir') || a === 'dist')).toBe(false)
    expect(args.slice(-3)).toEqual(['--locked', '-Zunstable-options', '-v'])
  })
})

describe('discoverConfigFiles', () => {
  const tree = (): { root: string; project: string } => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'config-files-')))
    const project = path.join(root, 'p')
    mkdirSync(path.join(project, '.cargo'), { recursive: true })
    return { root, project }
  }

  it('reads the legacy `config` when both it and config.toml exist, as cargo does', () => {
    const { root, project } = tree()
    writeFileSync(path.join(project, '.cargo', 'config'), '')
    writeFileSync(path.join(project, '.cargo', 'config.toml'), '')
    const files = discoverConfigFiles(project, { CARGO_HOME: path.join(root, 'home') })
    expect(files).toContain(path.join(project, '.cargo', 'config'))
    expect(files).not.toContain(path.join(project, '.cargo', 'config.toml'))
  })

  it('resolves a relative CARGO_HOME against the project directory, where cargo runs', () => {
    const { project } = tree()
    mkdirSync(path.join(project, 'my-home'))
    writeFileSync(path.join(project, 'my-home', 'config.toml'), '')
    const files = discoverConfigFiles(project, { CARGO_HOME: 'my-home' })
    expect(files[0]).toBe(path.join(project, 'my-home', 'config.toml'))
  })
})
