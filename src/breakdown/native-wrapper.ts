// The link-map wrapper as a native program: the same decisions as the node script in wrapper.ts,
// written in Rust (std only) and compiled once with the host's rustc. Cargo starts the wrapper for
// every rustc call, and a native program starts in about a millisecond where node takes tens of
// them. It replaces itself with the real compiler (exec), so exit codes, signals and cargo's
// jobserver descriptors reach cargo untouched.
import type { Env } from '../env.js'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { run } from '../exec.js'
import { INNER_WRAPPER, MAP_DIR } from './wrapper.js'

/** The wrapper's Rust source (data: a program of its own, compiled by nativeWrapper). */
const SOURCE = `// rust-optimize: adds a linker map to the links of this workspace's artifacts (size-breakdown).
use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::process::{exit, Command};

fn value<'a>(args: &[&'a str], flag: &str) -> Option<&'a str> {
    if let Some(i) = args.iter().position(|a| *a == flag) {
        return args.get(i + 1).copied();
    }
    let prefix = format!("{flag}=");
    args.iter().find(|a| a.starts_with(&prefix)).map(|a| &a[prefix.len()..])
}

// The last \`-C name=v\` or \`-Cname=v\`.
fn codegen<'a>(args: &[&'a str], name: &str) -> Option<&'a str> {
    let prefix = format!("{name}=");
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        let v = if *a == "-C" { args.get(i + 1).copied() } else { a.strip_prefix("-C") };
        if let Some(rest) = v.and_then(|v| v.strip_prefix(prefix.as_str())) {
            found = Some(rest);
        }
    }
    found
}

fn basename(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    t.rfind('/').map_or(t, |i| &t[i + 1..])
}

// A linker run directly (not a C compiler driver), which would reject -Wl,.
fn plain_linker(name: &str) -> bool {
    const LINKERS: [&str; 6] = ["ld", "lld", "ld.lld", "ld64.lld", "mold", "gold"];
    let named = |s: &str| {
        LINKERS.iter().any(|l| {
            s.strip_suffix(l)
                .map_or(false, |h| h.is_empty() || h.ends_with('-') || h.ends_with('.'))
        })
    };
    named(name) || name.strip_suffix(".exe").map_or(false, named)
}

// Lexical normalization, as node's path.join does it.
fn normalize(p: &str) -> String {
    let absolute = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for s in p.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                if parts.last().map_or(false, |l| *l != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            _ => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

fn map_arg(args: &[&str]) -> Option<String> {
    let mut types: Vec<&str> = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if *a == "--crate-type" {
            types.extend(args.get(i + 1).copied().unwrap_or("").split(','));
        } else if let Some(v) = a.strip_prefix("--crate-type=") {
            types.extend(v.split(','));
        }
    }
    types.retain(|t| matches!(*t, "bin" | "cdylib" | "dylib"));
    let flavor = codegen(args, "linker-flavor");
    let linker = basename(codegen(args, "linker").filter(|l| !l.is_empty()).unwrap_or("cc"));
    let driver = flavor.map_or(true, |f| matches!(f, "gcc" | "gnu-cc" | "gnu-lld-cc"));
    if !driver || plain_linker(linker) || types.len() != 1 {
        return None;
    }
    let target = value(args, "--target").filter(|s| !s.is_empty())?;
    let out_dir = value(args, "--out-dir").filter(|s| !s.is_empty())?;
    let krate = value(args, "--crate-name").filter(|s| !s.is_empty())?;
    if !(target.contains("-linux-") || target.contains("-android")) {
        return None;
    }
    if args.iter().any(|a| a.starts_with("--print") || *a == "-") {
        return None;
    }
    let dir = normalize(&format!("{out_dir}/../${MAP_DIR}"));
    std::fs::create_dir_all(&dir).ok()?;
    Some(format!("link-arg=-Wl,-Map={}", normalize(&format!("{dir}/{krate}.{}.map", types[0]))))
}

// Cargo asking rustc about itself (\`-vV\`, or a program on standard input with --print): no
// compiler cache can keep it, so an sccache behind this wrapper is not asked at all.
fn probe(args: &[&str]) -> bool {
    args == ["-vV"] || args.iter().any(|a| *a == "-")
}

fn sccache(wrapper: &OsString) -> bool {
    matches!(basename(&wrapper.to_string_lossy()), "sccache" | "sccache.exe")
}

fn main() {
    let mut raw = std::env::args_os().skip(1);
    let rustc: OsString = match raw.next() {
        Some(r) => r,
        None => {
            eprintln!("rust-optimize wrapper: no compiler to run");
            exit(1)
        }
    };
    let args: Vec<OsString> = raw.collect();
    let text: Vec<&str> = args.iter().map(|a| a.to_str().unwrap_or("\\u{fffd}")).collect();
    let extra = map_arg(&text);
    let inner = std::env::var_os("${INNER_WRAPPER}")
        .filter(|w| !w.is_empty() && !(probe(&text) && sccache(w)));
    let mut command = match &inner {
        Some(w) => {
            let mut c = Command::new(w);
            c.arg(&rustc);
            c
        }
        None => Command::new(&rustc),
    };
    command.args(&args);
    if let Some(arg) = extra {
        command.arg("-C").arg(arg);
    }
    let error = command.exec();
    let program = inner.as_ref().unwrap_or(&rustc);
    eprintln!("rust-optimize wrapper: cannot run {}: {}", program.to_string_lossy(), error);
    exit(1)
}
`

/** The wrapper's Rust source. Pure. */
export function nativeWrapperSource(): string {
  return SOURCE
}

/** The file name of the compiled wrapper: keyed by its source and the compiler's `rustc -vV`. Pure. */
export function nativeWrapperName(source: string, rustcVersion: string): string {
  const hash = createHash('sha256').update(source).update('\0').update(rustcVersion).digest('hex')
  return `rust-optimize-rustc-wrapper-${hash.slice(0, 16)}`
}

/** Where compiled wrappers are kept: the runner's tool cache when there is one, else `dir`. Pure. */
export function nativeWrapperDir(dir: string, env: Env): string {
  return env.RUNNER_TOOL_CACHE
    ? path.join(env.RUNNER_TOOL_CACHE, 'rust-optimize', 'rustc-wrapper')
    : dir
}

export type NativeWrapper = { file: string; compiled: boolean } | { file: null; reason: string }

/**
 * The native wrapper in `dir`, compiled with `rustc` (the host toolchain's, as `env` finds it)
 * unless an earlier run left it there. `file` is null when it cannot be compiled.
 */
export async function nativeWrapper(o: {
  dir: string
  rustcVersion: string
  env: Env
  rustc?: string
}): Promise<NativeWrapper> {
  const source = nativeWrapperSource()
  const file = path.join(o.dir, nativeWrapperName(source, o.rustcVersion))
  if (existsSync(file)) return { file, compiled: false }
  try {
    await mkdir(o.dir, { recursive: true })
  } catch (error) {
    return { file: null, reason: (error as Error).message }
  }
  // Built under names of its own, then moved in place: parallel runs never see half a file.
  const partial = `${file}.${process.pid}.partial`
  const sourceFile = `${partial}.rs`
  try {
    await writeFile(sourceFile, source)
    const args = ['--edition', '2021', '--crate-name', 'rust_optimize_rustc_wrapper']
    // Unoptimized compiles in half the time of -O1, and the wrapper's work is microseconds.
    args.push('-C', 'opt-level=0', '-C', 'strip=symbols', '-o', partial, sourceFile)
    const result = await run(o.rustc ?? 'rustc', args, { env: o.env })
    if (result.code !== 0) {
      const last = result.stderr.trim().split('\n').slice(-3).join(' ')
      return { file: null, reason: `rustc failed (exit ${result.code}): ${last}` }
    }
    await rename(partial, file)
    return { file, compiled: true }
  } catch (error) {
    return { file: null, reason: (error as Error).message }
  } finally {
    await rm(sourceFile, { force: true })
    await rm(partial, { force: true })
  }
}
