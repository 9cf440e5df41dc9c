import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  findOnPath,
  isExecutable
} from "./chunk-UCRIGKT4.js";
import {
  InputError,
  SAVE_CACHE_MODES,
  WARM_VARIABLE,
  bool,
  cacheKeys,
  lowerBool,
  oneOf,
  parseWarmCache,
  resolveWarmCache,
  saveCachePolicy,
  saveDecision,
  split,
  splitList,
  warmEnabled,
  words
} from "./chunk-TGO2FFS6.js";
import {
  fromCratesIo,
  linkedGraph,
  targetUnit,
  tripleDirName,
  walkResolve
} from "./chunk-L7LSDWY6.js";
import {
  describePrune
} from "./chunk-XOMZUCRL.js";
import {
  ExecError,
  likelyToolchainEnv,
  metadataCall,
  onStop,
  output,
  run,
  takeOrRun,
  toolchainProbes,
  withoutRunnerTokens
} from "./chunk-L7NBSL27.js";
import {
  applyBaseline,
  artifactKey,
  attribute,
  biggestMovers,
  budgetFailure,
  crateEntries,
  cratesByArtifact,
  formatBytes,
  formatDelta,
  formatPercent,
  grownArtifacts,
  knownCrates,
  overBudget,
  parseLinkMap,
  recordIdentity,
  removedArtifacts,
  summarize
} from "./chunk-PLK4FPXW.js";
import {
  sha256File,
  shortSha256
} from "./chunk-GLLIZ4A3.js";
import {
  debug,
  error,
  group,
  info,
  warning
} from "./chunk-C3MUXM2G.js";

// src/logger.ts
import { performance } from "node:perf_hooks";
var actionsLogger = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  annotate: (d) => {
    const props = {
      title: d.message,
      file: d.file,
      startLine: d.startLine,
      endLine: d.endLine,
      startColumn: d.startColumn,
      endColumn: d.endColumn
    };
    if (d.level === "error") error(d.rendered, props);
    else warning(d.rendered, props);
  },
  group: (name, fn) => group(name, () => timed(name, fn))
};
async function timed(name, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    const end = performance.now();
    debug(`phase '${name}': ${(end - start).toFixed(0)} ms, ended at ${end.toFixed(0)} ms`);
  }
}
function consoleLogger() {
  const write = (m) => {
    process.stderr.write(`${m}
`);
  };
  return {
    info: write,
    warning: (m) => write(`warning: ${m}`),
    annotate: () => void 0,
    // the rendered diagnostic was already printed with cargo's output
    group: async (name, fn) => {
      write(`
== ${name}`);
      return fn();
    }
  };
}
function bufferedLogger() {
  let target = null;
  const root = [];
  let current = root;
  const hold = (entry) => {
    current.push(entry);
  };
  const logger = {
    info: (message) => target ? target.info(message) : hold({ kind: "info", message }),
    warning: (message) => target ? target.warning(message) : hold({ kind: "warning", message }),
    annotate: (diagnostic) => target ? target.annotate(diagnostic) : hold({ kind: "annotate", diagnostic }),
    group: async (name, fn) => {
      if (target) return target.group(name, fn);
      const outer = current;
      const entries = [];
      outer.push({ kind: "group", name, entries });
      current = entries;
      try {
        return await fn();
      } finally {
        current = outer;
      }
    }
  };
  const write = async (to, entries) => {
    for (const e of entries) {
      if (e.kind === "group") await to.group(e.name, () => write(to, e.entries));
      else if (e.kind === "annotate") to.annotate(e.diagnostic);
      else if (e.kind === "info") to.info(e.message);
      else to.warning(e.message);
    }
  };
  const replay = async (to) => {
    await write(to, root);
    root.length = 0;
    target = to;
  };
  return { logger, replay };
}

// src/toolchain/triples.ts
import path from "node:path";
var TRIPLE_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)?(-[a-z0-9_.]+){1,3}$/;
function targetEnvName(triple, suffix) {
  const name = triple.endsWith(".json") ? path.basename(triple, ".json") : triple;
  return `CARGO_TARGET_${name.toUpperCase().replace(/[-.]/g, "_")}_${suffix}`;
}
function lowerTriple(triple) {
  return triple.replace(/[-.]/g, "_");
}
var VENDORS = /* @__PURE__ */ new Set([
  "unknown",
  "pc",
  "apple",
  "nvidia",
  "fortanix",
  "wrs",
  "sun",
  "uwp",
  "win7",
  "esp",
  "kmc",
  "sony",
  "nintendo",
  "unikraft",
  "risc0",
  "ibm",
  "openwrt",
  "nuttx",
  "lynx",
  "mti",
  "amd"
]);
function parseTriple(triple) {
  if (triple.endsWith(".json")) return { arch: "", vendor: "unknown", os: "unknown", env: "" };
  const parts = triple.split("-");
  const arch = parts[0];
  let vendor = "unknown";
  let os6 = parts[1] ?? "unknown";
  let env = "";
  if (parts.length >= 4) {
    vendor = parts[1];
    os6 = parts[2];
    env = parts.slice(3).join("-");
  } else if (parts.length === 3) {
    if (VENDORS.has(parts[1])) {
      vendor = parts[1];
      os6 = parts[2];
    } else env = parts[2];
  }
  if (os6 === "darwin") os6 = "macos";
  if (os6 === "linux" && env.startsWith("android")) os6 = "android";
  return { arch, vendor, os: os6, env };
}
function cpuArch(triple) {
  const { arch } = parseTriple(triple);
  if (arch === "x86_64" || arch === "x86_64h") return "x86_64";
  if (arch === "aarch64" || arch === "arm64e") return "aarch64";
  return null;
}
function runnerOs(host) {
  const { os: os6 } = parseTriple(host);
  return os6 === "linux" || os6 === "macos" || os6 === "windows" ? os6 : "other";
}
function windowsGnu(triple) {
  const { os: os6, env } = parseTriple(triple);
  if (os6 !== "windows") return null;
  return env === "gnu" ? "gnu" : env === "gnullvm" ? "gnullvm" : null;
}
function gnuArch(arch) {
  if (arch.startsWith("armeb")) return "armeb";
  if (/^(arm|thumb)/.test(arch)) return "arm";
  if (/^riscv(32|64)/.test(arch)) return arch.slice(0, "riscv64".length);
  if (arch === "i586") return "i686";
  return arch;
}
function gnuPrefix(triple) {
  const { arch, os: os6, env } = parseTriple(triple);
  if (os6 === "linux" && /^(gnu|musl)/.test(env)) return `${gnuArch(arch)}-linux-${env}`;
  if (windowsGnu(triple) !== null) return `${gnuArch(arch)}-w64-mingw32`;
  return null;
}

// src/cargo/presets.ts
var PRESET_NAMES = ["speed", "size", "balanced", "quick", "lambda", "none"];
var PROFILE_KEYS = [
  "opt-level",
  "lto",
  "codegen-units",
  "panic",
  "strip",
  "debug",
  "split-debuginfo",
  "debug-assertions",
  "overflow-checks",
  "incremental",
  "rpath"
];
var FAST = { "codegen-units": 1, panic: "abort", strip: "symbols", debug: false };
var PRESETS = {
  speed: { profile: { "opt-level": 3, lto: "fat", ...FAST }, cpuTable: "default" },
  size: { profile: { "opt-level": "z", lto: "fat", ...FAST }, cpuTable: null },
  balanced: { profile: { "opt-level": "s", lto: "fat", ...FAST }, cpuTable: "default" },
  quick: { profile: { "opt-level": 3, lto: "thin", strip: "symbols" }, cpuTable: "default" },
  lambda: {
    profile: { lto: "thin", "codegen-units": 1, panic: "abort", strip: "symbols" },
    cpuTable: "lambda"
  },
  none: { profile: {}, cpuTable: null }
};
function autoTargetCpu(preset, triple) {
  const table3 = PRESETS[preset].cpuTable;
  if (table3 === null) return null;
  const arch = cpuArch(triple);
  const { os: os6 } = parseTriple(triple);
  if (arch === "x86_64" && (os6 === "linux" || os6 === "windows"))
    return table3 === "lambda" ? "haswell" : "x86-64-v3";
  if (arch === "aarch64" && os6 === "linux") return "neoverse-n1";
  if (arch === "aarch64" && os6 === "macos") return "apple-m1";
  return null;
}
function autoCpuNote(preset, triple) {
  if (PRESETS[preset].cpuTable === null) return null;
  if (cpuArch(triple) !== "x86_64" || parseTriple(triple).vendor !== "apple") return null;
  return `\`${triple}\`: no target-cpu under \`auto\`: x86_64 macOS binaries often run under Rosetta, which lacks AVX2 before macOS 15, and GitHub's Intel macOS VMs report no AVX2. Set \`target-cpu\` to choose one.`;
}
function cpuFloor(cpu) {
  const known = {
    "x86-64-v3": "x86-64-v3: AVX2, BMI1/2, FMA, MOVBE (Intel Haswell 2013+, AMD Excavator/Zen 2015+)",
    haswell: "Intel Haswell: AVX2, BMI1/2, FMA (Intel 2013+, AMD Zen+)",
    "x86-64-v2": "x86-64-v2: SSE4.2, POPCNT (Intel Nehalem 2008+, AMD Bulldozer 2011+)",
    "x86-64-v4": "x86-64-v4: AVX-512 (Intel Skylake-SP/Ice Lake+, AMD Zen 4+)",
    "neoverse-n1": "Arm Neoverse N1: Armv8.2-A with LSE atomics (AWS Graviton2+, Ampere Altra)",
    "apple-m1": "Apple M1 or newer"
  };
  return known[cpu] ?? cpu;
}

// src/cargo/profile-values.ts
function isProfileKey(key2) {
  return PROFILE_KEYS.includes(key2);
}
var BOOL_KEYS = ["debug-assertions", "overflow-checks", "incremental", "rpath"];
function validateProfileValue(key2, value) {
  switch (key2) {
    case "opt-level":
      return typeof value === "number" && [0, 1, 2, 3].includes(value) || typeof value === "string" && ["0", "1", "2", "3", "s", "z"].includes(value) ? null : 'expected 0, 1, 2, 3, "s" or "z"';
    case "lto":
      return typeof value === "boolean" || typeof value === "string" && ["fat", "thin", "off"].includes(value) ? null : 'expected true, false, "fat", "thin" or "off"';
    case "codegen-units":
      return typeof value === "number" && Number.isInteger(value) && value > 0 ? null : "expected a whole number greater than 0";
    case "panic":
      return value === "unwind" || value === "abort" ? null : 'expected "unwind" or "abort"';
    case "strip":
      return typeof value === "boolean" || typeof value === "string" && ["none", "debuginfo", "symbols"].includes(value) ? null : 'expected true, false, "none", "debuginfo" or "symbols"';
    case "debug":
      return typeof value === "boolean" || typeof value === "number" && [0, 1, 2].includes(value) || typeof value === "string" && ["none", "limited", "full", "line-tables-only", "line-directives-only"].includes(value) ? null : 'expected true, false, 0, 1, 2, "none", "limited", "full", "line-tables-only" or "line-directives-only"';
    case "split-debuginfo":
      return typeof value === "string" && ["off", "packed", "unpacked"].includes(value) ? null : 'expected "off", "packed" or "unpacked"';
    default:
      return BOOL_KEYS.includes(key2) && typeof value === "boolean" ? null : "expected true or false";
  }
}
function debugEnabled(value) {
  return value !== void 0 && value !== false && value !== 0 && value !== "none" && value !== "0";
}
function profileEnvName(profile, key2) {
  return `CARGO_PROFILE_${profile.toUpperCase().replace(/[-.]/g, "_")}_${key2.toUpperCase().replace(/[-.]/g, "_")}`;
}
function parseEnvProfileValue(key2, raw) {
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (/^\d+$/.test(raw) && key2 !== "opt-level") return Number(raw);
  if (key2 === "opt-level" && /^\d$/.test(raw)) return Number(raw);
  return raw;
}

// src/cargo/profile.ts
var BUILT_IN_PARENT = {
  release: null,
  dev: null,
  bench: "release",
  test: "dev"
};
function table(source, name) {
  return Object.hasOwn(source.profiles, name) ? source.profiles[name] : void 0;
}
function unknownProfileError(profile) {
  return new Error(
    `Input 'profile' has the value "${profile}", but no [profile.${profile}] exists in Cargo.toml or .cargo/config.toml; expected 'release', 'dev' or a custom profile defined there`
  );
}
function resolveUserProfile(profile, sources, env) {
  const inFiles = (name, key2, cli) => {
    for (let i = sources.length - 1; i >= 0; i--) {
      if (sources[i].cli === true !== cli) continue;
      const value = table(sources[i], name)?.[key2];
      if (value !== void 0) {
        const origin = `${sources[i].label} [profile.${name}]`;
        return cli ? { value, origin, cli } : { value, origin };
      }
    }
    return void 0;
  };
  const lookup = (name, key2) => {
    const fromCli = inFiles(name, key2, true);
    if (fromCli !== void 0) return fromCli;
    const envName = profileEnvName(name, key2);
    const fromEnv = env[envName];
    if (fromEnv !== void 0 && fromEnv !== "" && isProfileKey(key2)) {
      return { value: parseEnvProfileValue(key2, fromEnv), origin: `env ${envName}` };
    }
    return inFiles(name, key2, false);
  };
  const chain = [];
  for (let name = profile; name !== null; ) {
    if (chain.includes(name)) {
      throw new Error(`Profile '${profile}' has an inherits cycle: ${[...chain, name].join(" \u2192 ")}`);
    }
    chain.push(name);
    const inherits = lookup(name, "inherits")?.value;
    if (Object.hasOwn(BUILT_IN_PARENT, name)) {
      name = BUILT_IN_PARENT[name];
    } else if (typeof inherits === "string") {
      name = inherits;
    } else {
      const defined = sources.some((s) => table(s, name) !== void 0);
      throw new Error(
        defined ? `Input 'profile' names the custom profile "${profile}", but [profile.${name}] has no 'inherits' key; cargo requires one` : unknownProfileError(profile).message
      );
    }
  }
  const settings = {};
  for (const key2 of PROFILE_KEYS) {
    for (const name of chain) {
      const found = lookup(name, key2);
      if (found !== void 0) {
        settings[key2] = found;
        break;
      }
    }
  }
  return { chain, settings };
}
var STRIP_SKIPPED_FOR_DEBUG = "your profile enables debug info";
var RELEASE_DEFAULTS = {
  "opt-level": 3,
  lto: false,
  "codegen-units": 16,
  panic: "unwind",
  strip: "none",
  debug: false,
  "split-debuginfo": "off",
  "debug-assertions": false,
  "overflow-checks": false,
  incremental: false,
  rpath: false
};
var DEV_DEFAULTS = {
  ...RELEASE_DEFAULTS,
  "opt-level": 0,
  "codegen-units": 256,
  debug: true,
  "debug-assertions": true,
  "overflow-checks": true,
  incremental: true
};
function envValue(value) {
  return String(value);
}
function tomlValue(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
function planProfile(user, options) {
  const root = user.chain[user.chain.length - 1];
  const defaults = root === "dev" ? DEV_DEFAULTS : RELEASE_DEFAULTS;
  const preset = { ...PRESETS[options.preset].profile, ...options.extra };
  const env = {};
  const effective = {};
  const skipped = [];
  const cliArgs = [];
  const order = ["debug", ...PROFILE_KEYS.filter((k) => k !== "debug")];
  for (const key2 of order) {
    const mine = user.settings[key2];
    const override = options.overrides[key2];
    const fromPreset = preset[key2];
    let chosen;
    const forced = options.forced?.[key2];
    if (mine?.cli === true && override === void 0 && forced === void 0) {
      if (fromPreset !== void 0 && fromPreset !== mine.value)
        skipped.push({ key: key2, preset: fromPreset, reason: `set by you with ${mine.origin}` });
      chosen = { value: mine.value, source: "user", note: mine.origin };
    } else if (override !== void 0) {
      chosen = mine !== void 0 && mine.value !== override ? {
        value: override,
        source: "override",
        note: `replaces ${JSON.stringify(mine.value)} from ${mine.origin}`
      } : { value: override, source: "override" };
    } else if (forced !== void 0) {
      chosen = { value: forced, source: "preset", note: options.forcedNote };
    } else if (fromPreset !== void 0 && mine !== void 0 && options.respectUserProfile) {
      skipped.push({ key: key2, preset: fromPreset, reason: `set by you in ${mine.origin}` });
      chosen = { value: mine.value, source: "user", note: mine.origin };
    } else if (fromPreset !== void 0 && key2 === "strip" && (effective.debug?.source === "user" || effective.debug?.source === "override") && debugEnabled(effective.debug.value)) {
      skipped.push({ key: key2, preset: fromPreset, reason: STRIP_SKIPPED_FOR_DEBUG });
      chosen = mine !== void 0 ? { value: mine.value, source: "user", note: mine.origin } : { value: defaults[key2], source: "default" };
    } else if (fromPreset !== void 0) {
      chosen = { value: fromPreset, source: "preset" };
    } else if (mine !== void 0) {
      chosen = { value: mine.value, source: "user", note: mine.origin };
    } else {
      if (key2 === "split-debuginfo") continue;
      chosen = { value: defaults[key2], source: "default" };
    }
    if (chosen.source === "override" || chosen.source === "preset") {
      env[profileEnvName(options.profile, key2)] = envValue(chosen.value);
      if (mine?.cli === true && mine.value !== chosen.value)
        cliArgs.push("--config", `profile.${options.profile}.${key2}=${tomlValue(chosen.value)}`);
    }
    effective[key2] = chosen;
  }
  const panic = effective.panic;
  const panicAbortApplied = panic !== void 0 && panic.value === "abort" && (panic.source === "preset" || panic.source === "override");
  return { env, cliArgs, effective, skipped, panicAbortApplied };
}
function profileOutput(plan) {
  const out = {};
  for (const key2 of PROFILE_KEYS) {
    const entry = plan.effective[key2];
    if (entry !== void 0) out[key2] = { value: entry.value, source: entry.source };
  }
  return out;
}

// src/report/outputs.ts
var OUTPUT_NAMES = [
  "artifacts",
  "paths",
  "total-size",
  "baseline-size",
  "size-delta",
  "size-delta-percent",
  "report",
  "profile",
  "rustflags",
  "sccache-hit-rate",
  "cache-hit",
  "tune",
  "pgo-profile",
  "checksums"
];
function buildOutputs(data) {
  const artifacts = data.artifacts.map((a) => ({
    name: a.name,
    kind: a.kind,
    target: a.target,
    path: a.path,
    size: a.size,
    sha256: a.sha256,
    baseline: a.baseline,
    delta: a.delta,
    debugSymbols: a.debugSymbols,
    crates: a.crates ?? null,
    sbom: a.sbom?.path ?? null
  }));
  const num2 = (n) => n === null ? "" : String(n);
  return {
    artifacts: JSON.stringify(artifacts),
    paths: data.artifacts.map((a) => a.path).join("\n"),
    "total-size": String(data.summary.total),
    "baseline-size": num2(data.summary.baselineTotal),
    "size-delta": num2(data.summary.delta),
    "size-delta-percent": num2(data.summary.deltaPercent),
    report: data.report,
    profile: JSON.stringify(profileOutput(data.plan)),
    rustflags: JSON.stringify(Object.fromEntries(data.rustflags.map((r) => [r.triple, r.added]))),
    "sccache-hit-rate": num2(data.sccacheHitRate),
    "cache-hit": data.cacheHit ? "true" : "false",
    tune: data.tune ?? "",
    "pgo-profile": data.pgoProfile ?? "",
    checksums: data.checksums ?? ""
  };
}

// src/sccache/state-names.ts
var STATE_NAME = "sccache";
var STOP_STATE_NAME = "sccache-stop";

// src/sccache/setup.ts
import { existsSync, readFileSync } from "node:fs";
import path3 from "node:path";

// src/sccache/server.ts
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import path2 from "node:path";

// src/sccache/stats.ts
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function countsTotal(value) {
  if (typeof value === "number") return num(value);
  return Object.values(record(record(value).counts)).reduce((sum, v) => sum + num(v), 0);
}
function parseStats(text) {
  let data;
  try {
    data = JSON.parse(text.trim());
  } catch {
    return null;
  }
  const top = record(data);
  if (!("stats" in top)) return null;
  const s = record(top.stats);
  const notCached = {};
  for (const [reason, count] of Object.entries(record(s.not_cached))) notCached[reason] = num(count);
  return {
    compileRequests: num(s.compile_requests),
    hits: countsTotal(s.cache_hits),
    misses: countsTotal(s.cache_misses),
    errors: countsTotal(s.cache_errors),
    cacheWrites: num(s.cache_writes),
    cacheWriteErrors: num(s.cache_write_errors),
    nonCacheable: num(s.non_cacheable_compilations),
    notCached,
    cacheLocation: typeof top.cache_location === "string" ? top.cache_location : null,
    version: typeof top.version === "string" ? top.version : null
  };
}
function hitRate(stats) {
  const cacheable = stats.hits + stats.misses + stats.errors;
  return cacheable === 0 ? null : Math.round(stats.hits / cacheable * 1e3) / 10;
}
function describeStats(stats) {
  const rate = hitRate(stats);
  const reasons = Object.entries(stats.notCached).map(([reason, count]) => `${reason} ${count}`).join(", ");
  return [
    `hit rate ${rate === null ? "n/a" : `${rate}%`}`,
    `${stats.hits} hits, ${stats.misses} misses${stats.errors ? `, ${stats.errors} errors` : ""}`,
    ...reasons ? [`not cacheable: ${reasons}`] : []
  ].join(", ");
}

// src/sccache/server.ts
var START_TIMEOUT_MS = 6e4;
var CALL_TIMEOUT_MS = 3e4;
var REMOTE_STORAGE = /^SCCACHE_(BUCKET|ENDPOINT|REGION|S3_|REDIS|MEMCACHED|GCS_|AZURE_|WEBDAV_|GHA_|OSS_|COS_|MULTILEVEL)/;
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
function serverEnv(opts) {
  const { env } = opts;
  const out = {};
  if (env.SCCACHE_SERVER_PORT === void 0 && env.SCCACHE_SERVER_UDS === void 0)
    out.SCCACHE_SERVER_PORT = String(opts.port);
  if (env.SCCACHE_IDLE_TIMEOUT === void 0) out.SCCACHE_IDLE_TIMEOUT = "0";
  if (opts.backend === "local") {
    for (const name of Object.keys(env)) if (REMOTE_STORAGE.test(name)) out[name] = void 0;
    if (opts.dir !== null) out.SCCACHE_DIR = opts.dir;
    if (opts.dir !== null && env.RUNNER_TEMP && env.SCCACHE_CACHE_SIZE === void 0)
      out.SCCACHE_CACHE_SIZE = "2G";
  } else if (opts.backend === "gha") {
    out.SCCACHE_GHA_ENABLED = "true";
    if (!opts.saveCache) out.SCCACHE_GHA_RW_MODE = "READ_ONLY";
    if (env.SCCACHE_GHA_VERSION === void 0 && opts.cacheKey !== "")
      out.SCCACHE_GHA_VERSION = opts.cacheKey;
    for (const name of GHA_VARIABLES) if (env[name] !== void 0) out[name] = env[name];
    if (env.ACTIONS_CACHE_SERVICE_V2 !== void 0)
      out.ACTIONS_CACHE_SERVICE_V2 = env.ACTIONS_CACHE_SERVICE_V2;
    else if (env.ACTIONS_RESULTS_URL !== void 0) out.ACTIONS_CACHE_SERVICE_V2 = "on";
  }
  return out;
}
var GHA_VARIABLES = ["ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_CACHE_URL"];
function serverProcessEnv(env, variables) {
  const out = {};
  for (const [name, value] of Object.entries(env)) if (!/^ACTIONS_/i.test(name)) out[name] = value;
  return { ...out, ...variables };
}
function tail(text, lines2 = 5) {
  return text.trim().split("\n").slice(-lines2).join("\n");
}
var SccacheError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SccacheError";
  }
};
async function call(bin, args, env, cwd, timeoutMs = CALL_TIMEOUT_MS) {
  try {
    return await run(bin, args, { env, cwd, timeoutMs });
  } catch (error2) {
    return { code: 127, stdout: "", stderr: error2.message };
  }
}
function quickStartMs(backend) {
  return backend === "local" ? 500 : 2e3;
}
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
async function listeningWithin(port, ms) {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100))
    if (await listening(port)) return true;
  return false;
}
function startCall(bin, env, cwd) {
  const abort = new AbortController();
  const result = run(bin, ["--start-server"], {
    env,
    cwd,
    timeoutMs: START_TIMEOUT_MS,
    signal: abort.signal
  }).catch((error2) => ({ code: 127, stdout: "", stderr: error2.message }));
  return { result, abandon: () => abort.abort() };
}
function startFailure(bin, r) {
  const why = tail(`${r.stdout}
${r.stderr}`) || `exit code ${r.code}`;
  return new SccacheError(`'${path2.basename(bin)} --start-server' failed: ${why}`);
}
async function startServer(bin, env, cwd, quickMs) {
  const port = Number(env.SCCACHE_SERVER_PORT);
  const first = startCall(bin, env, cwd);
  const onPort = env.SCCACHE_SERVER_UDS === void 0 && Number.isInteger(port) && port > 0;
  let timer;
  const quiet = new Promise((resolve) => timer = setTimeout(resolve, quickMs, null));
  const answer = onPort ? await Promise.race([first.result, quiet]) : await first.result;
  clearTimeout(timer);
  if (answer !== null) {
    if (answer.code === 0) return null;
    if (!/Timed out waiting for server startup/.test(answer.stderr)) throw startFailure(bin, answer);
    const again = await startCall(bin, env, cwd).result;
    if (again.code !== 0) throw startFailure(bin, again);
    return "the start-up call waited out sccache's deadline, so the server was started again";
  }
  const after = `${quickMs / 1e3} s`;
  if (await listening(port)) {
    first.abandon();
    return `the server listens on port ${port}, though its start-up call had not answered after ${after}`;
  }
  const second = await startCall(bin, env, cwd).result;
  first.abandon();
  const note = `the first start-up call had not answered after ${after} and nothing listened on port ${port}, so the server was started again`;
  if (second.code === 0) return note;
  if (await listeningWithin(port, 1e4)) return `${note}; the first one came up after all`;
  throw startFailure(bin, second);
}
async function startOnFreePort(o) {
  const notes = [];
  for (let attempt = 1; ; attempt++) {
    const port = await (o.pick ?? freePort)();
    const prepared = o.prepare(port);
    try {
      const note = await startServer(o.bin, prepared.process, o.cwd, o.quickMs);
      return { prepared, notes: note === null ? notes : [...notes, note] };
    } catch (error2) {
      if (attempt >= o.attempts || !/Address (already )?in use/i.test(error2.message))
        throw error2;
      notes.push(
        `port ${port} was taken before the server could listen on it, so another was picked`
      );
    }
  }
}
async function readStats(bin, env) {
  const result = await call(bin, ["--show-stats", "--stats-format", "json"], env);
  return result.code === 0 ? parseStats(result.stdout) : null;
}
async function zeroStats(bin, env) {
  await call(bin, ["--zero-stats"], env);
}
async function probeWrapper(bin, env, cwd, rustc2) {
  const result = await call(bin, [rustc2, "-vV"], env, cwd);
  if (result.code !== 0 || !/^release: /m.test(result.stdout)) {
    const why = tail(`${result.stdout}
${result.stderr}`) || `exit code ${result.code}`;
    throw new SccacheError(`'${path2.basename(bin)} ${rustc2} -vV' failed: ${why}`);
  }
}
async function stopServer(bin, env) {
  const result = await call(bin, ["--stop-server"], env);
  return result.code === 0 ? null : tail(`${result.stdout}
${result.stderr}`) || `exit code ${result.code}`;
}

// src/sccache/setup.ts
function localDir(env) {
  if (env.SCCACHE_DIR) return path3.resolve(env.SCCACHE_DIR);
  if (env.RUNNER_TEMP) return path3.join(env.RUNNER_TEMP, "rust-optimize-sccache");
  return null;
}
function selectionKey(s, workspaceRoot) {
  return {
    packages: s.packages,
    bins: s.bins,
    features: s.features,
    allFeatures: s.allFeatures,
    noDefaultFeatures: s.noDefaultFeatures,
    cargoArgs: s.cargoArgs,
    manifest: s.manifestPath === null ? null : path3.relative(workspaceRoot, s.manifestPath)
  };
}
async function setupSccache(o) {
  return o.logger.group("sccache", async () => {
    const running = { stop: null };
    try {
      return await setup(o, running);
    } catch (error2) {
      o.logger.warning(
        `sccache setup failed, building without it: ${error2 instanceof Error ? error2.message : String(error2)}`
      );
      await running.stop?.();
      return null;
    }
  });
}
async function locate(o) {
  try {
    const { locateSccache } = await import("./install-C27CPJWJ.js");
    const found = await locateSccache({
      tag: o.version,
      env: o.env,
      log: (m) => o.logger.info(m),
      warn: (m) => o.logger.warning(m)
    });
    o.logger.info(`sccache: ${found.path} (${found.source})`);
    return found.path;
  } catch (error2) {
    o.logger.warning(`sccache is not available, building without it: ${error2.message}`);
    return null;
  }
}
async function restoreLocal(o, dir) {
  if (o.backend !== "local") return null;
  const { cacheServiceAvailable, restoreDir } = await import("./cache-KFLJ5RKL.js");
  if (dir === null || !cacheServiceAvailable()) {
    o.logger.info("No Actions cache service here: the sccache directory is not restored or saved");
    return null;
  }
  const lock = path3.join(o.workspaceRoot, "Cargo.lock");
  const keys = cacheKeys({
    platform: process.platform,
    arch: process.arch,
    rustcVersion: o.rustcVersion,
    targets: o.targets,
    buildConfig: { ...selectionKey(o.selection, o.workspaceRoot), config: o.buildConfig },
    lockfile: existsSync(lock) ? readFileSync(lock, "utf8") : null,
    extra: o.cacheKey
  });
  o.logger.info(`cache key: ${keys.key}
restore keys: ${keys.restoreKeys.join(", ")}`);
  const restored = await restoreDir(dir, keys.key, keys.restoreKeys);
  if (restored.problem !== null) o.logger.warning(`sccache cache not restored: ${restored.problem}`);
  else
    o.logger.info(
      restored.matchedKey === null ? "no cache entry matched: starting with an empty cache" : `restored ${restored.matchedKey}${restored.matchedKey === keys.key ? " (exact hit)" : " (prefix match)"}`
    );
  const since = Date.now() - 1e3;
  return { dir, key: keys.key, matchedKey: restored.matchedKey, since, owned: !o.env.SCCACHE_DIR };
}
function stateVariables(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith("ACTIONS_")).map(([name, value]) => [name, value ?? null])
  );
}
async function setup(o, running) {
  const { logger, backend } = o;
  const bin = await locate(o);
  if (bin === null) return null;
  const dir = backend === "local" ? localDir(o.env) : null;
  const local = await restoreLocal(o, dir);
  const ownPort = o.env.SCCACHE_SERVER_PORT === void 0 && o.env.SCCACHE_SERVER_UDS === void 0;
  let started;
  try {
    started = await startOnFreePort({
      bin,
      cwd: o.cwd,
      quickMs: quickStartMs(backend),
      attempts: ownPort ? 3 : 1,
      prepare: (port) => {
        const own = serverEnv({
          backend,
          env: o.env,
          port,
          saveCache: o.saveCache,
          dir,
          cacheKey: o.cacheKey
        });
        const whole = serverProcessEnv(o.env, own);
        const address = Object.fromEntries(
          ["SCCACHE_SERVER_PORT", "SCCACHE_SERVER_UDS"].map((n) => [n, whole[n] ?? null])
        );
        o.saveState(STOP_STATE_NAME, JSON.stringify({ bin, env: address }));
        return { own, process: whole };
      }
    });
  } catch (error2) {
    if (!(error2 instanceof SccacheError)) throw error2;
    logger.warning(`sccache could not start, building without it: ${error2.message}`);
    return null;
  }
  for (const note of started.notes) logger.info(`sccache start: ${note}`);
  const { own: env, process: processEnv } = started.prepared;
  running.stop = () => stopServer(bin, processEnv);
  const state = {
    bin,
    env: stateVariables(env),
    backend,
    saveCache: o.saveCache,
    local
  };
  o.saveState(STATE_NAME, JSON.stringify(state));
  try {
    await zeroStats(bin, processEnv);
    if (await readStats(bin, processEnv) === null)
      throw new Error("the server does not answer with stats");
    await probeWrapper(bin, processEnv, o.cwd, o.rustc);
  } catch (error2) {
    logger.warning(`sccache does not work, building without it: ${error2.message}`);
    await stopServer(bin, processEnv);
    return null;
  }
  logger.info(`sccache server started (${backend} backend; compiler ${o.rustc})`);
  return {
    buildEnv: { ...env, RUSTC_WRAPPER: bin, CARGO_INCREMENTAL: "0" },
    finish: () => finish(bin, processEnv, local, backend, logger)
  };
}
async function finish(bin, env, local, backend, logger) {
  const stats = await readStats(bin, env);
  const cacheHit = local !== null && local.matchedKey === local.key;
  if (stats === null) {
    logger.warning("sccache did not report stats after the build");
    return {
      cache: { hitRate: null, hits: 0, misses: 0, backend, note: "no stats" },
      hitRate: null,
      cacheHit
    };
  }
  logger.info(`sccache: ${describeStats(stats)}`);
  const rate = hitRate(stats);
  const note = local === null ? void 0 : local.matchedKey === null ? "cache entry not found" : cacheHit ? "cache restored (exact key)" : "cache restored (prefix match)";
  return {
    cache: { hitRate: rate, hits: stats.hits, misses: stats.misses, backend, note },
    hitRate: rate,
    cacheHit
  };
}

// src/phases/build.ts
import path8 from "node:path";

// src/cargo/artifacts.ts
import { stat } from "node:fs/promises";
async function measure(files) {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      kind: f.kind,
      target: f.target,
      path: f.path,
      size: (await stat(f.path)).size,
      sha256: await sha256File(f.path),
      baseline: null,
      delta: null,
      debugSymbols: null
    }))
  );
}

// src/cargo/messages.ts
import path4 from "node:path";
function libKind(file, crateTypes) {
  const base = path4.basename(file);
  if (/\.(dll\.lib|dll\.a|dll\.exp|rlib|rmeta|pdb|dwp|d)$/.test(base)) return null;
  if (/\.(so|dylib|dll)$/.test(base)) return crateTypes.includes("cdylib") ? "cdylib" : "dylib";
  if (/\.wasm$/.test(base)) return crateTypes.includes("cdylib") ? "cdylib" : null;
  if (/\.(a|lib)$/.test(base)) return crateTypes.includes("staticlib") ? "staticlib" : null;
  return null;
}
function parseCargoJson(line) {
  if (!line.startsWith("{")) return null;
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
function readCargoMessage(msg, memberIds, triple) {
  if (msg === null) return { kind: "other" };
  if (msg.reason === "build-finished") {
    return { kind: "finished", success: msg.success };
  }
  if (msg.reason === "compiler-message") {
    const diagnostic = toDiagnostic(msg);
    return diagnostic === null ? { kind: "other" } : { kind: "diagnostic", diagnostic };
  }
  if (msg.reason !== "compiler-artifact") return { kind: "other" };
  const art = msg;
  const crate = art.target.name;
  if (art.target.kind.includes("custom-build")) return { kind: "other" };
  if (!memberIds.has(art.package_id) || art.profile.test) return { kind: "crate", crate };
  const files = [];
  if (art.target.kind.includes("bin") && art.executable) {
    files.push({
      name: path4.basename(art.executable),
      kind: "bin",
      target: triple,
      path: art.executable,
      crate
    });
  }
  if (art.target.kind.some((k) => ["cdylib", "dylib", "staticlib"].includes(k))) {
    for (const file of art.filenames) {
      const kind = libKind(file, art.target.crate_types);
      if (kind !== null)
        files.push({ name: path4.basename(file), kind, target: triple, path: file, crate });
    }
  }
  return files.length > 0 ? { kind: "artifact", files, crate } : { kind: "crate", crate };
}
function toDiagnostic(msg) {
  const { level, message, rendered, spans } = msg.message;
  const mapped = level === "error" || level.startsWith("error") ? "error" : level === "warning" ? "warning" : null;
  if (mapped === null) return null;
  const span = spans.find((s) => s.is_primary) ?? spans[0];
  const diagnostic = { level: mapped, message, rendered: rendered ?? message };
  if (span !== void 0) {
    diagnostic.file = span.file_name;
    diagnostic.startLine = span.line_start;
    diagnostic.endLine = span.line_end;
    if (span.line_start === span.line_end) {
      diagnostic.startColumn = span.column_start;
      diagnostic.endColumn = span.column_end;
    }
  }
  return diagnostic;
}
function annotationFile(file, workspaceRoot, repository, p = path4) {
  const absolute = p.resolve(workspaceRoot, file);
  const shown = repository ? p.relative(repository, absolute) : absolute;
  return shown.split(p.sep).join("/");
}
function uniqueFiles(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.filter((f) => seen.has(f.path) ? false : (seen.add(f.path), true));
}

// src/cargo/build.ts
function withoutOutputDirs(cargoArgs2) {
  const out = [];
  for (let i = 0; i < cargoArgs2.length; i++) {
    const arg = cargoArgs2[i];
    if (/^--(target-dir|artifact-dir|out-dir)$/.test(arg)) i++;
    else if (!/^--(target-dir|artifact-dir|out-dir)=/.test(arg)) out.push(arg);
  }
  return out;
}
function buildArgs(settings, triple, targetDir, profileArgs = []) {
  const args = ["build", "--profile", settings.profile, "--target", triple, "--message-format=json"];
  if (settings.manifestPath !== null) args.push("--manifest-path", settings.manifestPath);
  for (const p of settings.packages) args.push("-p", p);
  for (const b of settings.bins) args.push("--bin", b);
  if (settings.features.length > 0) args.push("--features", settings.features.join(","));
  if (settings.allFeatures) args.push("--all-features");
  if (settings.noDefaultFeatures) args.push("--no-default-features");
  if (settings.locked) args.push("--locked");
  if (targetDir !== null)
    args.push("--target-dir", targetDir, ...withoutOutputDirs(settings.cargoArgs));
  else args.push(...settings.cargoArgs);
  args.push(...profileArgs);
  return args;
}
async function cargoBuild(options) {
  const files = [];
  const diagnostics = [];
  const crates = [];
  let finished = null;
  const result = await run("cargo", options.args, {
    cwd: options.cwd,
    env: { CARGO_TERM_COLOR: "never", ...options.env },
    onStdoutLine: (line) => {
      const json = parseCargoJson(line);
      if (json !== null) options.onMessage?.(json);
      const msg = readCargoMessage(json, options.memberIds, options.triple);
      if (msg.kind === "artifact" || msg.kind === "crate") crates.push(msg.crate);
      if (msg.kind === "artifact") files.push(...msg.files);
      else if (msg.kind === "diagnostic") {
        diagnostics.push(msg.diagnostic);
        if (options.quiet?.(msg.diagnostic) !== true) options.log(msg.diagnostic.rendered.trimEnd());
      } else if (msg.kind === "finished") finished = msg.success;
    },
    onStderrLine: (line) => options.log(line)
  });
  return {
    success: result.code === 0 && finished !== false,
    files: uniqueFiles(files),
    diagnostics,
    crates,
    stderrTail: result.stderr.trim().split("\n").slice(-20).join("\n")
  };
}

// src/cargo/debug-symbols.ts
import { existsSync as existsSync2 } from "node:fs";
import { rename, rm, stat as stat2 } from "node:fs/promises";
import path5 from "node:path";
function symbolFamily(triple) {
  if (triple.endsWith(".json")) return "unsupported";
  const { arch, vendor, os: os6, env } = parseTriple(triple);
  if (vendor === "apple") return "macho";
  if (os6 === "windows") return env === "msvc" ? "msvc" : "unsupported";
  if (arch.startsWith("wasm") || os6 === "uefi" || os6 === "cuda") return "unsupported";
  return "elf";
}
var FORCED_NOTE = "debug-symbols: linked with symbols, split off after the build";
function planDebugSymbols(user, merge, targets) {
  const families = new Set(targets.map(symbolFamily));
  const warnings = [];
  for (const t of targets.filter((t2) => symbolFamily(t2) === "unsupported")) {
    warnings.push(
      `debug-symbols: not supported for ${t} (supported: Linux and other ELF targets, Apple, Windows MSVC); its artifacts are left as built.`
    );
  }
  const plain = planProfile(user, merge);
  const skippedForDebug = plain.skipped.find(
    (s) => s.key === "strip" && s.reason === STRIP_SKIPPED_FOR_DEBUG
  );
  const strip = skippedForDebug !== void 0 && plain.effective.strip?.source !== "user" ? skippedForDebug.preset : plain.effective.strip?.value;
  const shippedStrip = strip === "symbols" || strip === true ? "all" : "debug";
  const forced = {};
  const userDebug = user.settings.debug;
  const overrideDebug = merge.overrides.debug;
  const debug2 = overrideDebug ?? userDebug?.value;
  if (debug2 === void 0) forced.debug = true;
  else if (!debugEnabled(debug2)) {
    warnings.push(
      `debug-symbols: ${overrideDebug !== void 0 ? "the overrides input" : `your profile (${userDebug?.origin})`} sets debug = ${JSON.stringify(debug2)}, so the separate symbol files hold symbol names but no source lines.`
    );
  }
  if (families.has("elf") || families.has("macho")) forced.strip = "none";
  if (families.size === 1 && families.has("elf")) forced["split-debuginfo"] = "off";
  if (families.size === 1 && families.has("macho")) forced["split-debuginfo"] = "packed";
  const overriddenStrip = merge.overrides.strip;
  if (forced.strip !== void 0 && overriddenStrip !== void 0 && overriddenStrip !== "none") {
    warnings.push(
      `debug-symbols: the overrides input sets strip = ${JSON.stringify(overriddenStrip)}, which removes the symbols at link time; the separate files will be nearly empty.`
    );
  }
  return { forced, shippedStrip, warnings };
}
function elfSplitArgs(base, strip) {
  const debugFile = `${base}.debug`;
  const temp = `${base}.rust-optimize-stripped`;
  return {
    debugFile,
    temp,
    keep: ["--only-keep-debug", base, debugFile],
    strip: [
      strip === "all" ? "--strip-all" : "--strip-debug",
      // rustc's loaded marker section for gdb's pretty printers; rust-gdb loads them anyway.
      "--remove-section=.debug_gdb_scripts",
      `--add-gnu-debuglink=${debugFile}`,
      base,
      temp
    ]
  };
}
function binutilsObjcopy(triple, host) {
  if (triple === host) return "objcopy";
  const prefix = gnuPrefix(triple);
  return prefix === null ? null : `${prefix}-objcopy`;
}
function rustObjcopyPath(sysroot, host) {
  const exe = host.includes("-windows-") ? ".exe" : "";
  return path5.join(sysroot, "lib", "rustlib", host, "bin", `rust-objcopy${exe}`);
}
async function works(tool) {
  try {
    return (await run(tool.program, ["--version"], { env: tool.env })).code === 0;
  } catch {
    return false;
  }
}
async function findObjcopy(triple, host, env) {
  const candidates = [];
  try {
    const sysroot = (await output("rustc", ["--print", "sysroot"], { env })).trim();
    const program = rustObjcopyPath(sysroot, host);
    const lib = path5.join(sysroot, "lib");
    const ld = host.includes("apple") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
    if (existsSync2(program)) {
      candidates.push({
        program,
        env: { ...env, [ld]: env[ld] ? `${lib}${path5.delimiter}${env[ld]}` : lib }
      });
    }
  } catch {
  }
  const binutils = binutilsObjcopy(triple, host);
  if (binutils !== null) candidates.push({ program: binutils, env });
  for (const c of candidates) if (await works(c)) return c;
  return null;
}
async function runTool(tool, args, cwd) {
  const result = await run(tool.program, args, { cwd, env: tool.env });
  if (result.code !== 0) {
    throw new Error(
      `${path5.basename(tool.program)} ${args.join(" ")} failed: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`
    );
  }
}
async function splitElf(a, tool, strip) {
  const dir = path5.dirname(a.path);
  const calls = elfSplitArgs(path5.basename(a.path), strip);
  await runTool(tool, calls.keep, dir);
  try {
    await runTool(tool, calls.strip, dir);
    await rename(path5.join(dir, calls.temp), a.path);
  } finally {
    await rm(path5.join(dir, calls.temp), { force: true });
  }
  return path5.join(dir, calls.debugFile);
}
async function splitMachO(a, tool, strip, env) {
  const dsym = `${a.path}.dSYM`;
  if (!existsSync2(dsym))
    await runTool({ program: "dsymutil", env }, [a.path, "-o", dsym], path5.dirname(a.path));
  const temp = `${a.path}.rust-optimize-stripped`;
  const flag = strip === "debug" ? "--strip-debug" : a.kind === "bin" ? "--strip-all" : "--discard-all";
  try {
    await runTool(tool, [flag, a.path, temp], path5.dirname(a.path));
    await rename(temp, a.path);
  } finally {
    await rm(temp, { force: true });
  }
  return dsym;
}
function pdbPath(file) {
  const stem = path5.basename(file).replace(/\.(exe|dll)$/i, "");
  return path5.join(path5.dirname(file), `${stem.replace(/-/g, "_")}.pdb`);
}
async function splitDebugSymbols(artifacts, opts) {
  const warnings = [];
  const info2 = [];
  const tools = /* @__PURE__ */ new Map();
  const result = [];
  for (const a of artifacts) {
    const family = symbolFamily(a.target);
    if (family === "unsupported" || a.kind === "staticlib") {
      result.push(a);
      continue;
    }
    let symbols = null;
    if (family === "msvc") {
      const pdb = pdbPath(a.path);
      if (existsSync2(pdb)) symbols = pdb;
      else warnings.push(`debug-symbols: no ${path5.basename(pdb)} next to ${a.path}.`);
    } else {
      if (!tools.has(a.target))
        tools.set(a.target, await findObjcopy(a.target, opts.host, opts.env));
      const tool = tools.get(a.target) ?? null;
      if (tool === null) {
        throw new Error(
          `debug-symbols: no objcopy for ${a.target}: neither the toolchain's rust-objcopy nor ${binutilsObjcopy(a.target, opts.host) ?? "binutils for that target"} runs; ${a.name} would ship unstripped.`
        );
      }
      try {
        symbols = family === "elf" ? await splitElf(a, tool, opts.strip) : await splitMachO(a, tool, opts.strip, opts.env);
      } catch (error2) {
        throw new Error(`debug-symbols: ${a.target}/${a.name}: ${error2.message}`, {
          cause: error2
        });
      }
      info2.push(`${a.target}/${a.name}: symbols in ${symbols} (${path5.basename(tool.program)})`);
    }
    const size = (await stat2(a.path)).size;
    result.push({ ...a, size, sha256: await sha256File(a.path), debugSymbols: symbols });
  }
  return { artifacts: result, warnings, info: info2 };
}

// src/breakdown/measure.ts
import { createHash } from "node:crypto";
import { open, readFile, writeFile as writeFile2 } from "node:fs/promises";

// src/breakdown/elf.ts
var SHT_NOBITS = 8;
function reader(buf, is64, little) {
  const u16 = (o) => little ? buf.readUInt16LE(o) : buf.readUInt16BE(o);
  const u32 = (o) => little ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
  const u64 = (o) => Number(little ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o));
  const word = (o) => is64 ? u64(o) : u32(o);
  return { u16, u32, word };
}
function elfLayout(header) {
  if (header.length < 52 || header.readUInt32BE(0) !== 2135247942) return null;
  const is64 = header[4] === 2;
  const r = reader(header, is64, header[5] === 1);
  const shoff = r.word(is64 ? 40 : 32);
  const shentsize = r.u16(is64 ? 58 : 46);
  const shnum = r.u16(is64 ? 60 : 48);
  return { shoff, shsize: shentsize * shnum };
}
function elfSections(header, table3, names) {
  const is64 = header[4] === 2;
  const little = header[5] === 1;
  const h = reader(header, is64, little);
  const t = reader(table3, is64, little);
  const entsize = h.u16(is64 ? 58 : 46);
  const shstrndx = h.u16(is64 ? 62 : 50);
  const count = Math.floor(table3.length / entsize);
  const raw = [];
  for (let i = 0; i < count; i++) {
    const o = i * entsize;
    raw.push({
      name: t.u32(o),
      type: t.u32(o + 4),
      offset: t.word(o + (is64 ? 24 : 16)),
      size: t.word(o + (is64 ? 32 : 20))
    });
  }
  const strtab = raw[shstrndx];
  const strings = strtab === void 0 ? Buffer.alloc(0) : names(strtab.offset, strtab.size);
  return raw.map((s) => {
    const end = strings.indexOf(0, s.name);
    return {
      name: strings.toString("latin1", s.name, end < 0 ? strings.length : end),
      type: s.type,
      fileSize: s.type === SHT_NOBITS ? 0 : s.size
    };
  });
}
function debugWeight(sections) {
  let debugInfo = 0;
  let symbols = 0;
  for (const s of sections) {
    if (/^\.z?debug_/.test(s.name)) debugInfo += s.fileSize;
    else if (s.name === ".symtab" || s.name === ".strtab") symbols += s.fileSize;
  }
  return { debugInfo, symbols };
}

// src/breakdown/wrapper.ts
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path6 from "node:path";
var INNER_WRAPPER = "RUST_OPTIMIZE_INNER_WRAPPER";
var MAP_DIR = "rust-optimize-maps";
var MAPPED_TARGETS = /-linux-|-android/;
function mapsTarget(triple) {
  return MAPPED_TARGETS.test(triple);
}
function mapFile(artifactPath, crate, kind) {
  return path6.join(path6.dirname(artifactPath), MAP_DIR, `${crate.replace(/-/g, "_")}.${kind}.map`);
}
function wrapperSource(node) {
  return `#!${node}
'use strict'
// rust-optimize: adds a linker map to the links of this workspace's artifacts (size-breakdown).
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const [rustc, ...args] = process.argv.slice(2)
const value = (flag) => {
  const i = args.indexOf(flag)
  if (i >= 0) return args[i + 1]
  const joined = args.find((a) => a.startsWith(flag + '='))
  return joined === undefined ? undefined : joined.slice(flag.length + 1)
}
const types = []
args.forEach((a, i) => {
  if (a === '--crate-type') types.push(...String(args[i + 1]).split(','))
  else if (a.startsWith('--crate-type=')) types.push(...a.slice(13).split(','))
})
const linking = types.filter((t) => t === 'bin' || t === 'cdylib' || t === 'dylib')
const target = value('--target')
const outDir = value('--out-dir')
const crate = value('--crate-name')
// -Wl, is for a C compiler driver (cc, gcc, clang): a linker run directly would reject it.
const codegen = (name) => {
  const found = []
  args.forEach((a, i) => {
    const v = a === '-C' ? args[i + 1] : a.startsWith('-C') ? a.slice(2) : undefined
    if (v !== undefined && v.startsWith(name + '=')) found.push(v.slice(name.length + 1))
  })
  return found[found.length - 1]
}
const flavor = codegen('linker-flavor')
const linker = path.basename(codegen('linker') || 'cc')
const driver =
  (flavor === undefined || /^(gcc|gnu-cc|gnu-lld-cc)$/.test(flavor)) &&
  !/(^|[-.])(ld|lld|ld\\.lld|ld64\\.lld|mold|gold)(\\.exe)?$/.test(linker)
const extra = []
if (
  driver &&
  linking.length === 1 && target && outDir && crate &&
  ${MAPPED_TARGETS}.test(target) &&
  !args.some((a) => a.startsWith('--print') || a === '-')
) {
  const dir = path.join(outDir, '..', ${JSON.stringify(MAP_DIR)})
  try {
    fs.mkdirSync(dir, { recursive: true })
    extra.push('-C', 'link-arg=-Wl,-Map=' + path.join(dir, crate + '.' + linking[0] + '.map'))
  } catch {}
}
// Cargo asking rustc about itself (-vV, or a program on standard input): no compiler cache can
// keep it, so an sccache behind this wrapper is not asked at all.
const probe = (args.length === 1 && args[0] === '-vV') || args.includes('-')
const theirs = process.env.${INNER_WRAPPER}
const inner = probe && /^sccache(\\.exe)?$/.test(path.basename(theirs || '')) ? undefined : theirs
const command = inner ? [inner, rustc, ...args, ...extra] : [rustc, ...args, ...extra]
// cargo's jobserver is a pair of inherited file descriptors (CARGO_MAKEFLAGS): pass them on.
const stdio = ['inherit', 'inherit', 'inherit']
const fds = /--jobserver-(?:auth|fds)=(\\d+),(\\d+)/.exec(process.env.CARGO_MAKEFLAGS || '')
if (fds) {
  for (const fd of [Number(fds[1]), Number(fds[2])]) {
    while (stdio.length < fd) stdio.push('ignore')
    stdio[fd] = fd
  }
}
const result = spawnSync(command[0], command.slice(1), { stdio })
if (result.error) {
  process.stderr.write('rust-optimize wrapper: cannot run ' + command[0] + ': ' + result.error.message + '\\n')
  process.exit(1)
}
if (result.signal) process.kill(process.pid, result.signal)
process.exit(result.status === null ? 1 : result.status)
`;
}
async function installWrapper(dir, node) {
  await mkdir(dir, { recursive: true });
  const file = path6.join(dir, "rust-optimize-rustc-wrapper.cjs");
  await writeFile(file, wrapperSource(node));
  await chmod(file, 493);
  return file;
}
function wrapperEnv(wrapper, env) {
  const theirs = env.RUSTC_WRAPPER;
  return { RUSTC_WRAPPER: wrapper, ...theirs ? { [INNER_WRAPPER]: theirs } : {} };
}

// src/breakdown/measure.ts
async function readElfSections(file) {
  const fh = await open(file, "r");
  try {
    const header = Buffer.alloc(64);
    const { bytesRead } = await fh.read(header, 0, 64, 0);
    const layout = elfLayout(header.subarray(0, bytesRead));
    if (layout === null || layout.shsize === 0) return null;
    const table3 = Buffer.alloc(layout.shsize);
    await fh.read(table3, 0, layout.shsize, layout.shoff);
    const strings = { offset: 0, bytes: Buffer.alloc(0) };
    const wanted = [];
    elfSections(header, table3, (offset, length) => {
      wanted.push({ offset, length });
      return Buffer.alloc(0);
    });
    const w = wanted[0];
    if (w !== void 0) {
      strings.offset = w.offset;
      strings.bytes = Buffer.alloc(w.length);
      await fh.read(strings.bytes, 0, w.length, w.offset);
    }
    return elfSections(header, table3, () => strings.bytes);
  } finally {
    await fh.close();
  }
}
async function readDebugWeight(file) {
  const sections = await readElfSections(file).catch(() => null);
  return sections === null ? null : debugWeight(sections);
}
var ATTRIBUTION_VERSION = 2;
function memoKey(artifactSha256, reported) {
  const crates = [...new Set(reported)].sort();
  const head = `v${ATTRIBUTION_VERSION}\0${crates.join("\0")}\0`;
  return createHash("sha256").update(head).update(artifactSha256).digest("hex");
}
async function readMemo(file, key2) {
  try {
    const memo = JSON.parse(await readFile(file, "utf8"));
    const valid = memo.key === key2 && Array.isArray(memo.sizes) && memo.sizes.every((c) => typeof c?.name === "string" && Number.isSafeInteger(c?.size));
    return valid ? memo : null;
  } catch {
    return null;
  }
}
async function attributeFromMap(artifactPath, file, reported) {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return { note: "not measured: the link wrote no map" };
  const map = parseLinkMap(text);
  if (map === null) return { note: "not measured: the linker map has an unknown format" };
  const sections = await readElfSections(artifactPath).catch(() => null);
  const elfText = sections?.find((s) => s.name === ".text")?.fileSize ?? null;
  if (elfText === null || map.textSize !== elfText)
    return { note: "not measured: the linker map is not of this build" };
  return { sizes: attribute(map, knownCrates(reported)) };
}
async function measureCrates(artifact, reported) {
  if (!mapsTarget(artifact.target))
    return { crates: null, note: "not measured: Linux targets only for now", reused: false };
  if (artifact.kind === "staticlib" || artifact.crate === void 0)
    return { crates: null, note: "not measured: a static library is not linked", reused: false };
  const file = mapFile(artifact.path, artifact.crate, artifact.kind);
  const key2 = memoKey(artifact.sha256, reported);
  const memoFile = `${file}.crates.json`;
  const memo = await readMemo(memoFile, key2);
  if (memo !== null) return { crates: crateEntries(memo.sizes, null), note: null, reused: true };
  const measured = await attributeFromMap(artifact.path, file, reported);
  if ("note" in measured) return { crates: null, note: measured.note, reused: false };
  await writeFile2(memoFile, JSON.stringify({ key: key2, sizes: measured.sizes })).catch(() => void 0);
  return { crates: crateEntries(measured.sizes, null), note: null, reused: false };
}

// src/cargo/lockfile.ts
import { copyFileSync, existsSync as existsSync3, mkdirSync, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import path7 from "node:path";
function protectLockfile(workspaceRoot) {
  const file = path7.join(workspaceRoot, "Cargo.lock");
  if (!existsSync3(file)) return { restore: () => false };
  const original = readFileSync2(file);
  const restore = () => {
    if (!existsSync3(file) || !readFileSync2(file).equals(original)) {
      writeFileSync(file, original);
      return true;
    }
    return false;
  };
  const forget = onStop(restore);
  return {
    restore: () => {
      forget();
      return restore();
    }
  };
}
function guardNewLockfile(manifestDir, logger) {
  const checked = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Set();
  for (let dir = path7.resolve(manifestDir); ; dir = path7.dirname(dir)) {
    checked.add(dir);
    if (!existsSync3(path7.join(dir, "Cargo.lock"))) missing.add(dir);
    if (path7.dirname(dir) === dir) break;
  }
  let workspace = null;
  let finished = false;
  const forget = onStop(() => finish2());
  const finish2 = (artifacts = []) => {
    if (finished) return null;
    finished = true;
    forget();
    const dirs = workspace === null ? [...missing] : [workspace.workspaceRoot];
    for (const dir of dirs.filter((d) => missing.has(d))) {
      const file = path7.join(dir, "Cargo.lock");
      if (existsSync3(file))
        return moveAway(file, workspace?.targetDirectory ?? null, artifacts, logger);
    }
    return null;
  };
  return {
    known: (w) => {
      const root = path7.resolve(w.workspaceRoot);
      workspace = { workspaceRoot: root, targetDirectory: w.targetDirectory };
      if (!checked.has(root) && !existsSync3(path7.join(root, "Cargo.lock"))) missing.add(root);
    },
    finish: finish2
  };
}
function moveAway(file, targetDir, artifacts, logger) {
  const dir = path7.dirname(file);
  try {
    if (targetDir === null) {
      rmSync(file);
      const line2 = `Cargo.lock: ${dir} had none and cargo created one; it was removed (the run stopped before the target directory was known)`;
      logger.info(line2);
      return line2;
    }
    const kept = path7.join(targetDir, "rust-optimize", "Cargo.lock");
    mkdirSync(path7.dirname(kept), { recursive: true });
    copyFileSync(file, kept);
    const beside = [...new Set(artifacts.map((a) => path7.join(path7.dirname(a), "Cargo.lock")))];
    for (const copy of beside) copyFileSync(file, copy);
    rmSync(file);
    const also = beside.length > 0 ? ` and beside the artifacts (${beside.join(", ")})` : "";
    const line = `Cargo.lock: ${dir} had none, so cargo created one; it was removed from there, and the lock this build resolved is kept as ${kept}${also}`;
    logger.info(line);
    return line;
  } catch (error2) {
    logger.warning(
      `Cargo.lock: cargo created ${file} (the workspace had none) and it could not be removed: ${error2.message}`
    );
    return null;
  }
}

// src/phases/build.ts
var BuildFailed = class extends Error {
  constructor(triple, detail) {
    super(
      `cargo build failed for ${triple}${detail.includes("\n") ? `:
${detail}` : detail ? `: ${detail}` : ""}`
    );
    this.name = "BuildFailed";
  }
};
function relativeTo(d, workspaceRoot) {
  if (d.file === void 0) return d;
  return { ...d, file: annotationFile(d.file, workspaceRoot, process.env.GITHUB_WORKSPACE) };
}
async function buildAll(opts) {
  const { settings, project, logger } = opts;
  const memberIds = new Set(project.members.map((m) => m.id));
  const artifacts = [];
  for (const triple of opts.targets) {
    const result = await logger.group(`${opts.label} ${triple}`, async () => {
      const args = buildArgs(settings, triple, opts.targetDir, opts.profileArgs);
      logger.info(`cargo ${args.join(" ")}`);
      return cargoBuild({
        args,
        cwd: settings.workingDirectory,
        env: opts.envFor(triple),
        triple,
        memberIds,
        log: (text) => logger.info(text),
        onMessage: opts.onMessage && ((msg) => opts.onMessage?.(msg, triple)),
        quiet: opts.quiet
      });
    });
    opts.diagnostics?.(result.diagnostics);
    const errors = result.diagnostics.filter((d) => d.level === "error");
    if (opts.annotate) for (const d of errors) logger.annotate(relativeTo(d, project.workspaceRoot));
    if (!result.success) {
      throw new BuildFailed(
        triple,
        errors.length === 0 ? result.stderrTail : opts.annotate ? `${errors.length} compiler error(s), annotated on their source lines` : `${errors.length} compiler error(s), the first: ${errors[0].message}`
      );
    }
    const measured = await measure(result.files);
    if (opts.breakdown) {
      for (const [i, a] of measured.entries()) {
        const m = await measureCrates({ ...a, crate: result.files[i].crate }, result.crates);
        if (m.crates !== null)
          logger.info(
            `size-breakdown: ${a.name}: ${m.reused ? "unchanged, attribution reused" : "attributed from its linker map"}`
          );
        measured[i] = { ...a, crates: m.crates, cratesNote: m.note };
      }
    }
    artifacts.push(...measured);
  }
  return artifacts;
}
async function withDebugWeight(artifacts) {
  return Promise.all(
    artifacts.map(async (a) => ({ ...a, debugWeight: await readDebugWeight(a.path) }))
  );
}
async function runBuilds(o) {
  const { settings, project, logger } = o;
  const lock = protectLockfile(project.workspaceRoot);
  const own = (label, envFor, targetDir, only) => buildAll({
    settings,
    project,
    targets: only ?? o.targets,
    logger,
    envFor,
    profileArgs: o.profileArgs,
    targetDir,
    label,
    breakdown: false,
    annotate: true
  });
  try {
    const breakdown = settings.sizeBreakdown;
    await o.beforeBuild?.(own);
    const diagnostics = [];
    let built = await buildAll({
      ...o,
      envFor: o.buildEnv,
      targetDir: null,
      label: "Build",
      onMessage: o.onCargoMessage,
      breakdown,
      annotate: true,
      diagnostics: (d) => diagnostics.push(...d)
    });
    o.checkBuild?.(diagnostics);
    await o.afterBuild?.();
    await o.afterOptimized?.(own, built);
    if (o.ship) built = await o.ship(built);
    if (o.shippedStrip !== null) {
      const strip = o.shippedStrip;
      const unsplit = built;
      built = await logger.group("Debug symbols", async () => {
        const split2 = await splitDebugSymbols(unsplit, { host: o.host, env: o.toolEnv, strip });
        for (const line of split2.info) logger.info(line);
        for (const w of split2.warnings) logger.warning(w);
        return split2.artifacts;
      });
    }
    if (o.afterShipped !== void 0) built = await o.afterShipped(built);
    if (breakdown) built = await withDebugWeight(built);
    if (settings.baseline !== "profile") return { built, baseline: null, baselineNote: null };
    return { built, ...await profileBaseline(o) };
  } finally {
    if (lock.restore()) {
      logger.warning(
        "Cargo.lock is out of date: cargo resolved the dependencies again for this build, and your Cargo.lock was put back unchanged. Run `cargo update` (or `cargo generate-lockfile`) and commit it, or set `locked: true` to fail instead."
      );
    }
  }
}
async function profileBaseline(o) {
  const { settings, project } = o;
  const label = "Baseline build (profile untouched)";
  try {
    const before = await buildAll({
      settings,
      project,
      targets: o.targets,
      logger: o.logger,
      envFor: o.baselineEnv,
      profileArgs: [],
      targetDir: path8.join(project.targetDirectory, "rust-optimize-baseline"),
      label,
      breakdown: settings.sizeBreakdown,
      annotate: false
    });
    const baseline = {
      description: `the \`${settings.profile}\` profile without the preset`,
      sizes: Object.fromEntries(before.map((a) => [artifactKey(a), a.size]))
    };
    if (settings.sizeBreakdown) baseline.crates = cratesByArtifact(before);
    return { baseline, baselineNote: null };
  } catch (error2) {
    const why = error2 instanceof Error ? error2.message : String(error2);
    o.logger.warning(
      `The baseline build (baseline: profile, the \`${settings.profile}\` profile without the preset) failed, so there is no baseline; the optimized build succeeded and is reported. ${why}`
    );
    return {
      baseline: null,
      baselineNote: `No baseline: the baseline build (the \`${settings.profile}\` profile without the preset) failed; see the warning in the log.`
    };
  }
}

// src/cargo/project.ts
import { existsSync as existsSync4, readFileSync as readFileSync3 } from "node:fs";
import os from "node:os";
import path9 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines2 = string.slice(0, ptr).split(/\r?\n/);
  return [lines2.length, lines2.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines2 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines2[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key2, table3, meta, type) {
  let t = table3;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key2[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/cargo/cfg-expr.ts
function tokenize(text) {
  const tokens = [];
  const re = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|"((?:[^"\\]|\\.)*)"|([(),=]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) throw new Error(`bad cfg expression: ${text}`);
    if (m[1] !== void 0) tokens.push({ kind: "ident", text: m[1] });
    else if (m[2] !== void 0) tokens.push({ kind: "string", text: m[2] });
    else tokens.push({ kind: m[3], text: m[3] });
    at = re.lastIndex;
  }
  return tokens;
}
function cfgSet(lines2) {
  return new Set(lines2.map((l) => l.trim()).filter((l) => l !== ""));
}
function cfgMatches(key2, cfg) {
  const outer = /^\s*cfg\s*\(([\s\S]*)\)\s*$/.exec(key2);
  if (outer === null) throw new Error(`not a cfg(...) key: ${key2}`);
  const tokens = tokenize(outer[1]);
  let i = 0;
  const expect = (kind) => {
    const t = tokens[i++];
    if (t === void 0 || t.kind !== kind) throw new Error(`bad cfg expression: ${key2}`);
    return t;
  };
  const list = () => {
    expect("(");
    const values = [];
    while (tokens[i]?.kind !== ")") {
      values.push(expr());
      if (tokens[i]?.kind === ",") i++;
      else break;
    }
    expect(")");
    return values;
  };
  const expr = () => {
    const name = expect("ident").text;
    const next = tokens[i];
    if (next?.kind === "(" && ["all", "any", "not"].includes(name)) {
      const values = list();
      if (name === "all") return values.every(Boolean);
      if (name === "any") return values.some(Boolean);
      if (values.length !== 1) throw new Error(`bad cfg expression: ${key2}`);
      return !values[0];
    }
    if (next?.kind === "=") {
      i++;
      const value = expect("string").text;
      return cfg.has(`${name}="${value}"`);
    }
    return cfg.has(name);
  };
  const result = expr();
  if (i !== tokens.length) throw new Error(`bad cfg expression: ${key2}`);
  return result;
}

// src/cargo/rustflags-config.ts
var words2 = (s) => s.split(/\s+/).filter((w) => w !== "");
function flagsOf(value) {
  if (typeof value === "string") return words2(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return null;
}
function table2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
var isCli = (c) => c.path.startsWith("--config");
function joined(configs, pick, variable) {
  let found = false;
  const out = [];
  const add = (flags) => {
    if (flags === null) return;
    found = true;
    out.push(...flags);
  };
  for (const c of configs.filter((c2) => !isCli(c2))) add(flagsOf(pick(c.data)));
  if (variable !== void 0) add(words2(variable));
  for (const c of configs.filter(isCli)) add(flagsOf(pick(c.data)));
  return found ? out : null;
}
function configRustflags(input) {
  const { triple, configs, env, cfg } = input;
  const targetsOf = (data) => table2(data.target) ?? {};
  const undecided = [];
  let found = false;
  const flags = [];
  const name = triple.endsWith(".json") ? triple.replace(/^.*[\\/]/, "").slice(0, -5) : triple;
  const own = joined(
    configs,
    (d) => table2(targetsOf(d)[name])?.rustflags,
    env[targetEnvName(triple, "RUSTFLAGS")]
  );
  if (own !== null) {
    found = true;
    flags.push(...own);
  }
  const cfgKeys = [...new Set(configs.flatMap((c) => Object.keys(targetsOf(c.data))))].filter((k) => k.startsWith("cfg(")).sort();
  for (const key2 of cfgKeys) {
    const these = joined(configs, (d) => table2(targetsOf(d)[key2])?.rustflags, void 0);
    if (these === null) continue;
    if (cfg === null) {
      undecided.push(`target.'${key2}'`);
      continue;
    }
    if (!safeMatch(key2, cfg)) continue;
    found = true;
    flags.push(...these);
  }
  if (found) return { source: "target", flags, undecided };
  const build = joined(configs, (d) => table2(d.build)?.rustflags, env.CARGO_BUILD_RUSTFLAGS);
  return { source: "build", flags: build ?? [], undecided };
}
function safeMatch(key2, cfg) {
  try {
    return cfgMatches(key2, cfg);
  } catch {
    return false;
  }
}
function anyRustflagsSet(configs, env) {
  const inConfig = configs.some((c) => {
    if (table2(c.data.build)?.rustflags !== void 0) return true;
    const targets = table2(c.data.target) ?? {};
    return Object.values(targets).some((t) => table2(t)?.rustflags !== void 0);
  });
  const inEnv = Object.keys(env).some(
    (k) => /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_RUSTFLAGS)$/.test(k) || /^CARGO_TARGET_.+_RUSTFLAGS$/.test(k)
  );
  return inConfig || inEnv;
}
function hasUnstableTable(configs) {
  return configs.some((c) => table2(c.data.unstable) !== null);
}

// src/cargo/rustflags-probe.ts
var MARKER = "__rust_optimize_probe";
function flagsFromCargoLog(log) {
  const lines2 = log.split("\n").filter((l) => l.includes("--print=file-names"));
  const last = lines2[lines2.length - 1];
  if (last === void 0) return null;
  const match = /--print=file-names (.*?) ?--target /.exec(last) ?? /--print=file-names (.*?) ?--crate-type /.exec(last);
  if (match === null) return null;
  try {
    return split(match[1]).filter(
      (f, i, all) => f !== MARKER && !(f === "--cfg" && all[i + 1] === MARKER)
    );
  } catch {
    return null;
  }
}
async function probeRustflags(options) {
  const existing = options.env.CARGO_BUILD_RUSTFLAGS ?? "";
  const args = ["rustc", "-q", "-Zunstable-options", "--print", "cfg", "--target", options.triple];
  if (options.manifestPath !== null) args.push("--manifest-path", options.manifestPath);
  args.push(...options.configArgs);
  const result = await run("cargo", args, {
    cwd: options.cwd,
    env: {
      ...options.env,
      RUSTC_BOOTSTRAP: "1",
      CARGO_BUILD_RUSTFLAGS: `${existing} --cfg ${MARKER}`.trim(),
      CARGO_LOG: "cargo::util::rustc=debug",
      CARGO_TERM_COLOR: "never"
    }
  });
  if (result.code !== 0) {
    const said = result.stderr.trim().split("\n").filter((l) => !l.includes(" DEBUG ") && l.trim() !== "").slice(-3).join(" | ");
    throw new Error(`cargo exited with ${result.code}${said === "" ? "" : `: ${said}`}`);
  }
  const source = result.stdout.split("\n").includes(MARKER) ? "build" : "target";
  return { source, flags: flagsFromCargoLog(result.stderr) };
}
async function userRustflags(options) {
  const { env } = options;
  const fallback = async (warning2) => {
    const read1 = (cfg) => configRustflags({ triple: options.triple, configs: options.configs, env, cfg });
    let read = read1(null);
    if (read.undecided.length > 0) read = read1(await targetCfg(options));
    const undecided = read.undecided.length > 0 ? ` (could not evaluate ${read.undecided.join(", ")}: rustc --print cfg failed)` : "";
    return {
      source: read.source,
      flags: read.flags,
      warning: warning2 === null ? null : `${warning2}${undecided}`
    };
  };
  if (!options.adds || env.CARGO_ENCODED_RUSTFLAGS !== void 0 || env.RUSTFLAGS !== void 0 || !anyRustflagsSet(options.configs, env))
    return fallback(null);
  const reading = `read your cargo config files instead to place the flags for ${options.triple}`;
  if (!options.nightly && hasUnstableTable(options.configs)) {
    return fallback(
      `Your cargo config has an [unstable] table, which the rustflags probe (RUSTC_BOOTSTRAP=1) would switch on; ${reading}.`
    );
  }
  try {
    return { ...await probeRustflags(options), warning: null };
  } catch (error2) {
    return fallback(
      `cargo refused the rustflags probe (cargo rustc -Zunstable-options --print cfg under RUSTC_BOOTSTRAP=1): ${error2.message}; ${reading}.`
    );
  }
}
async function targetCfg(options) {
  try {
    const printed = await run("rustc", ["--print", "cfg", "--target", options.triple], {
      cwd: options.cwd,
      env: options.env
    });
    return printed.code === 0 ? cfgSet(printed.stdout.split("\n")) : null;
  } catch {
    return null;
  }
}
function configArgs(cargoArgs2) {
  const out = [];
  for (let i = 0; i < cargoArgs2.length; i++) {
    if (cargoArgs2[i] === "--config" && i + 1 < cargoArgs2.length)
      out.push("--config", cargoArgs2[++i]);
    else if (cargoArgs2[i].startsWith("--config=")) out.push(cargoArgs2[i]);
  }
  return out;
}

// src/cargo/project.ts
function configuredBuild(configs, name) {
  for (const c of configs) {
    const build = c.data.build;
    if (typeof build === "object" && build !== null && name in build)
      return `build.${name} in ${c.path}`;
  }
  return null;
}
function cliConfigs(cargoArgs2, cwd) {
  const values = configArgs(cargoArgs2).filter((a) => a !== "--config").map((a) => a.replace(/^--config=/, ""));
  const out = [];
  for (const value of values) {
    try {
      const file = path9.resolve(cwd, value);
      const text = !value.includes("=") && existsSync4(file) ? readFileSync3(file, "utf8") : value;
      out.push({ path: `--config ${value}`, data: parse(text) });
    } catch {
    }
  }
  return out;
}
function readToml(file) {
  try {
    return parse(readFileSync3(file, "utf8"));
  } catch (error2) {
    throw new Error(`Could not parse ${file}: ${error2.message.split("\n")[0]}`, {
      cause: error2
    });
  }
}
function discoverConfigFiles(cwd, env) {
  const cargoHome = path9.resolve(cwd, env.CARGO_HOME || path9.join(os.homedir(), ".cargo"));
  const found = [];
  const pick = (dir) => ["config", "config.toml"].map((f) => path9.join(dir, f)).find((f) => existsSync4(f));
  for (let dir = path9.resolve(cwd); ; dir = path9.dirname(dir)) {
    const cargoDir = path9.join(dir, ".cargo");
    if (path9.resolve(cargoDir) !== cargoHome) {
      const file = pick(cargoDir);
      if (file !== void 0) found.unshift(file);
    }
    if (path9.dirname(dir) === dir) break;
  }
  const home = pick(cargoHome);
  if (home !== void 0) found.unshift(home);
  return found;
}
function profileSources(project, cli = []) {
  const profilesOf = (data) => data.profile ?? {};
  return [
    { label: "Cargo.toml", profiles: profilesOf(project.rootManifest) },
    ...project.configs.map((c) => ({ label: c.path, profiles: profilesOf(c.data) })),
    ...cli.map((c) => ({ label: c.path, profiles: profilesOf(c.data), cli: true }))
  ];
}
function readConfigs(cwd, env) {
  return discoverConfigFiles(cwd, env).map((file) => ({ path: file, data: readToml(file) }));
}
async function readProject(cwd, manifestPath, env, configs) {
  const call2 = metadataCall(cwd, manifestPath, env);
  const result = await takeOrRun(call2);
  if (result.code !== 0) throw new ExecError([call2.program, ...call2.args].join(" "), result);
  const meta = JSON.parse(result.stdout);
  const memberIds = new Set(meta.workspace_members);
  return {
    workspaceRoot: meta.workspace_root,
    targetDirectory: meta.target_directory,
    members: meta.packages.filter((p) => memberIds.has(p.id)).map((p) => ({ name: p.name, id: p.id, manifestPath: p.manifest_path })),
    rootManifest: readToml(path9.join(meta.workspace_root, "Cargo.toml")),
    configs
  };
}
var BUILT_IN_PROFILES = ["release", "dev", "bench", "test"];
function assertProfileDefined(profile, cwd, manifestPath, cargoArgs2, env) {
  if (BUILT_IN_PROFILES.includes(profile)) return;
  const files = [...discoverConfigFiles(cwd, env)];
  for (let dir = path9.dirname(manifestPath ?? path9.join(cwd, "Cargo.toml")); ; dir = path9.dirname(dir)) {
    const manifest = path9.join(dir, "Cargo.toml");
    if (existsSync4(manifest)) files.push(manifest);
    if (path9.dirname(dir) === dir) break;
  }
  const defines = (file) => {
    try {
      const profiles = parse(readFileSync3(file, "utf8")).profile;
      return profiles !== void 0 && Object.hasOwn(profiles, profile);
    } catch {
      return true;
    }
  };
  const envName = `CARGO_PROFILE_${profile.toUpperCase().replace(/-/g, "_")}_`;
  const elsewhere = cargoArgs2.some((a) => a.includes(`profile.${profile}.`)) || Object.keys(env).some((k) => k.startsWith(envName));
  if (!elsewhere && !files.some(defines)) throw unknownProfileError(profile);
}

// src/report/pr-comment-publish.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/report/pr-comment.ts
var PR_EVENTS = ["pull_request", "pull_request_target"];
function decideComment(mode, env, payload) {
  if (mode === "false") return { post: false, reason: "comment is false" };
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!PR_EVENTS.includes(event)) {
    return {
      post: false,
      reason: event === "" ? "not running in a workflow" : `the ${event} event is not a pull request`
    };
  }
  const p = payload ?? {};
  const number = p.pull_request?.number;
  const fullName = env.GITHUB_REPOSITORY || p.repository?.full_name || "";
  const [owner, repo] = fullName.split("/");
  if (typeof number !== "number" || !owner || !repo) {
    return {
      post: false,
      reason: "the event payload names no pull request number or repository"
    };
  }
  const head = p.pull_request?.head?.repo?.full_name;
  const base = p.pull_request?.base?.repo?.full_name ?? fullName;
  return {
    post: true,
    target: {
      apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
      owner,
      repo,
      number,
      fromFork: head !== void 0 && head !== base
    }
  };
}
function commentMarker(key2) {
  const safe = key2.replace(/--+/g, "-").replace(/[<>"\s]+/g, " ").trim();
  return `<!-- rust-optimize-report key="${safe}" -->`;
}
function commentBody(report, marker) {
  return `${report.trimEnd()}

${marker}
`;
}
var RUNNER_BOT = "github-actions[bot]";
function findMarked(comments, marker, identity) {
  const me = identity.login.toLowerCase();
  const mine = (c) => (c.user?.login ?? "").toLowerCase() === me;
  const marked = comments.filter((c) => (c.body ?? "").includes(marker) && mine(c));
  return marked.length > 0 ? marked[marked.length - 1] : null;
}
function describeCommentError(error2, target, token) {
  const status2 = error2.status;
  const raw = error2 instanceof Error ? error2.message : String(error2);
  const message = (token === "" ? raw : raw.split(token).join("***")).split("\n")[0];
  const head = `Could not comment on pull request #${target.number}${typeof status2 === "number" ? ` (HTTP ${status2})` : ""}: ${message}`;
  if (status2 === 403 || status2 === 404 || status2 === 401) {
    const why = target.fromFork ? "The pull request comes from a fork, and its token is read-only." : "The token lacks permission: give the job `permissions: pull-requests: write`.";
    return `${head}. ${why} To comment on fork pull requests, post the \`report\` output from a \`workflow_run\` workflow (see the README), or set \`comment: false\`.`;
  }
  return head;
}

// src/report/pr-comment-publish.ts
function readEventPayload(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return null;
  try {
    return JSON.parse(readFileSync4(file, "utf8"));
  } catch {
    return null;
  }
}
var status = (error2) => error2.status;
async function whoAmI(octokit) {
  try {
    return { login: (await octokit.rest.users.getAuthenticated()).data.login };
  } catch (error2) {
    if (status(error2) !== 403) throw error2;
  }
  try {
    const res = await octokit.graphql(
      "query { viewer { login } }"
    );
    const login = res.viewer?.login;
    if (typeof login === "string" && login !== "") return { login };
  } catch {
  }
  return { login: RUNNER_BOT };
}
async function upsertComment(target, token, marker, body) {
  const { getOctokit } = await import("./github-BTX5XCL6.js");
  const octokit = getOctokit(token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  const identity = await whoAmI(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.number,
    per_page: 100
  });
  const existing = findMarked(comments, marker, identity);
  if (existing !== null) {
    const res2 = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
    return { action: "updated", id: res2.data.id, url: res2.data.html_url, login: identity.login };
  }
  const res = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.number,
    body
  });
  return { action: "created", id: res.data.id, url: res.data.html_url, login: identity.login };
}
function commentDecision(mode, env) {
  if (mode === "false") return { post: false, reason: "comment is false" };
  return decideComment(mode, env, readEventPayload(env));
}
async function publishComment(opts) {
  const { target } = opts;
  const problem = (text) => opts.mode === "true" ? { info: [], warning: null, failure: text } : { info: [], warning: text, failure: null };
  if (opts.token === "") {
    return problem(
      `Could not comment on pull request #${target.number}: the github-token input is empty.`
    );
  }
  const marker = commentMarker(opts.key);
  try {
    const result = await upsertComment(target, opts.token, marker, commentBody(opts.report, marker));
    return {
      info: [
        `${result.action === "created" ? "Created" : "Updated"} comment ${result.id} on pull request #${target.number} as ${result.login} (key "${opts.key}"): ${result.url}`
      ],
      warning: null,
      failure: null
    };
  } catch (error2) {
    return problem(describeCommentError(error2, target, opts.token));
  }
}

// src/report/report.ts
import path10 from "node:path";

// src/breakdown/report.ts
var TOP_CRATES = 10;
var key = (a) => `${a.target}/${a.name}`;
function totalMoves(artifacts) {
  const sums = /* @__PURE__ */ new Map();
  for (const a of artifacts) {
    for (const c of a.crates ?? []) {
      if (c.delta === null || c.baseline === null) continue;
      const s = sums.get(c.name) ?? { name: c.name, size: 0, baseline: 0, delta: 0 };
      sums.set(c.name, {
        name: c.name,
        size: s.size + c.size,
        baseline: (s.baseline ?? 0) + c.baseline,
        delta: (s.delta ?? 0) + c.delta
      });
    }
  }
  return [...sums.values()];
}
function moversPhrase(artifacts) {
  const movers = biggestMovers(totalMoves(artifacts), 2);
  if (movers.length === 0) return "";
  const named = movers.map((m) => `\`${m.name}\` ${formatDelta(m.delta)}`);
  return `, mostly ${named.join(" and ")}`;
}
function share(size, total) {
  return total === 0 ? "\u2014" : `${(size / total * 100).toFixed(1)}%`;
}
function deltaCell(c) {
  if (c.baseline === null) return "\u2014";
  if (c.baseline === 0 && c.size > 0) return `new, ${formatDelta(c.delta)}`;
  if (c.size === 0) return `removed, ${formatDelta(c.delta)}`;
  return formatDelta(c.delta);
}
function crateTable(a, crates) {
  const total = crates.reduce((s, c) => s + c.size, 0);
  const present = crates.filter((c) => c.size > 0);
  const removed = crates.filter((c) => c.size === 0);
  const shown = present.slice(0, TOP_CRATES);
  const rest = present.slice(TOP_CRATES);
  const withBaseline = crates.some((c) => c.baseline !== null);
  const movers = biggestMovers(crates, 2);
  const summary = movers.length > 0 ? `, mostly ${movers.map((m) => `${m.name} ${formatDelta(m.delta)}`).join(" and ")}` : "";
  const lines2 = [
    `<details><summary>Code by crate in <code>${key(a)}</code>: ${formatBytes(total)} in ${present.length} crate${present.length === 1 ? "" : "s"}${summary}</summary>`,
    "",
    `| crate | code | share |${withBaseline ? " delta |" : ""}`,
    `|---|--:|--:|${withBaseline ? "--:|" : ""}`
  ];
  const row = (c) => `| \`${c.name}\` | ${formatBytes(c.size)} | ${share(c.size, total)} |${withBaseline ? ` ${deltaCell(c)} |` : ""}`;
  lines2.push(...shown.map(row));
  if (rest.length > 0) {
    const size = rest.reduce((s, c) => s + c.size, 0);
    const delta = withBaseline ? rest.reduce((s, c) => s + (c.delta ?? 0), 0) : null;
    lines2.push(
      `| ${rest.length} more crate${rest.length === 1 ? "" : "s"} | ${formatBytes(size)} | ${share(size, total)} |${withBaseline ? ` ${formatDelta(delta)} |` : ""}`
    );
  }
  lines2.push(...removed.map(row));
  lines2.push("", "</details>", "");
  return lines2;
}
function crateSections(artifacts) {
  const lines2 = [];
  const measured = artifacts.filter((a) => a.crates);
  for (const a of measured) lines2.push(...crateTable(a, a.crates));
  const skipped = artifacts.filter((a) => a.crates === null && a.cratesNote);
  if (skipped.length > 0) {
    lines2.push(
      `Code by crate ${skipped.map((a) => `\`${key(a)}\` ${a.cratesNote}`).join("; ")}.`,
      ""
    );
  }
  if (measured.length > 0) {
    lines2.push(
      "_Code by crate is an estimate of machine code (`.text`) from the linker map: code inlined into another crate counts there, and generic code counts for the crate that defines it; data, headers and padding are not included._",
      ""
    );
  }
  return lines2;
}
function debugWeightSection(artifacts, debugSymbols2) {
  const heavy = artifacts.filter((a) => {
    const w = a.debugWeight;
    return w && w.debugInfo + w.symbols > 0 && (w.debugInfo + w.symbols) * 100 >= a.size;
  });
  if (heavy.length === 0) return [];
  const lines2 = ["**Debug info and symbols in the shipped files:**"];
  for (const a of heavy) {
    const w = a.debugWeight;
    const both = w.debugInfo + w.symbols;
    lines2.push(
      `- \`${key(a)}\`: ${formatBytes(both)} of ${formatBytes(a.size)} (${share(both, a.size)}): debug info ${formatBytes(w.debugInfo)}, symbols ${formatBytes(w.symbols)}`
    );
  }
  lines2.push(
    "",
    debugSymbols2 ? 'Your profile keeps them (a `strip` you set is kept); set `overrides: strip = "symbols"` to ship without them, `debug-symbols: true` still keeps them beside the file.' : "Set `debug-symbols: true` to keep them in a separate file next to each artifact (`.debug`, `.dSYM`, `.pdb`) and ship the artifact stripped.",
    ""
  );
  return lines2;
}

// src/report/report.ts
var PANIC_NOTICE = 'This build uses `panic = "abort"`: a panic ends the process at once, and `catch_unwind` no longer catches (a panicking thread or async task aborts the whole program). To keep unwinding, add `overrides: panic = "unwind"`.';
function verdict(d) {
  const n = d.artifacts.length;
  const head = `**rust-optimize** \xB7 preset \`${d.preset}\` \xB7 ${n} artifact${n === 1 ? "" : "s"}, ${formatBytes(d.summary.total)}`;
  if (d.summary.delta === null) return `${head} \xB7 no baseline to compare with`;
  const change = d.summary.delta === 0 ? "no size change" : `${formatDelta(d.summary.delta)} (${formatPercent(d.summary.delta, d.summary.baselineTotal)})${moversPhrase(d.artifacts)}`;
  const budget = d.budget?.exceeded === true ? ` \xB7 \u274C over the size budget \`${d.budget.raw}\`` : d.budget?.exceeded === false ? ` \xB7 \u2705 within the size budget \`${d.budget.raw}\`` : "";
  return `${head} \xB7 ${change} vs ${d.baseline?.description ?? "baseline"}${budget}`;
}
var TABLE_HEADER = [
  "| artifact | kind | size | delta | delta % | sha256 |",
  "|---|---|--:|--:|--:|---|"
];
function artifactRow(a, hasBaseline) {
  const delta = hasBaseline && a.baseline === null ? "new" : formatDelta(a.delta);
  return `| \`${a.name}\` | ${a.kind} | ${formatBytes(a.size)} | ${delta} | ${formatPercent(a.delta, a.baseline)} | \`${a.sha256.slice(0, 12)}\` |`;
}
function artifactTables(d) {
  const lines2 = [];
  const removed = removedArtifacts(d.artifacts, d.baseline);
  const targets = [
    .../* @__PURE__ */ new Set([...d.artifacts.map((a) => a.target), ...removed.map((r) => r.target)])
  ];
  for (const target of targets) {
    const rows = d.artifacts.filter((a) => a.target === target);
    const gone = removed.filter((r) => r.target === target);
    lines2.push(`### \`${target}\``, "");
    const changed = rows.filter((a) => d.baseline === null || a.delta !== 0);
    const unchanged = rows.filter((a) => !changed.includes(a));
    const goneRows = gone.map(
      (r) => `| ~~\`${r.name}\`~~ | | removed | ${formatDelta(-r.size)} | ${formatPercent(-r.size, r.size)} | |`
    );
    if (changed.length + goneRows.length > 0)
      lines2.push(
        ...TABLE_HEADER,
        ...changed.map((a) => artifactRow(a, d.baseline !== null)),
        ...goneRows,
        ""
      );
    if (unchanged.length > 0) {
      lines2.push(
        `<details><summary>${unchanged.length} unchanged artifact${unchanged.length === 1 ? "" : "s"}</summary>`,
        "",
        ...TABLE_HEADER,
        ...unchanged.map((a) => artifactRow(a, true)),
        "",
        "</details>",
        ""
      );
    }
    const total = rows.reduce((s, a) => s + a.size, 0);
    let delta = null;
    if (d.baseline !== null) {
      const before = Object.entries(d.baseline.sizes).filter(([key2]) => key2.slice(0, key2.lastIndexOf("/")) === target).reduce((s, [, size]) => s + size, 0);
      delta = total - before;
    }
    lines2.push(
      `Total for \`${target}\`: **${formatBytes(total)}**${delta === null ? "" : ` (${formatDelta(delta)})`}`,
      ""
    );
  }
  return lines2;
}
function checksums(d) {
  if (d.artifacts.length === 0) return [];
  const lines2 = ["<details><summary>Checksums (sha256)</summary>", "", "```text"];
  for (const a of d.artifacts) lines2.push(`${a.sha256}  ${a.target}/${a.name}`);
  lines2.push("```", "", "</details>", "");
  return lines2;
}
function sboms(d) {
  const withSbom = d.artifacts.filter((a) => a.sbom);
  if (withSbom.length === 0) return [];
  return [
    "SBOMs (CycloneDX 1.6), beside the artifacts:",
    ...withSbom.map((a) => {
      const s = a.sbom;
      return `- \`${a.target}/${a.name}\`: \`${path10.basename(s.path)}\`, ${s.crates} linked crate${s.crates === 1 ? "" : "s"}`;
    }),
    ""
  ];
}
function dependencyLists(d) {
  const embedded = d.artifacts.filter((a) => a.auditable);
  if (embedded.length === 0) return [];
  return [
    "Dependency lists embedded (cargo-auditable format, `.dep-v0`; `cargo audit bin` reads them):",
    ...embedded.map((a) => {
      const l = a.auditable;
      return `- \`${a.target}/${a.name}\`: ${l.crates} crate${l.crates === 1 ? "" : "s"} (${l.build} build-time), ${l.bytes} bytes`;
    }),
    ""
  ];
}
function debugSymbols(d) {
  const withSymbols = d.artifacts.filter((a) => a.debugSymbols !== null);
  if (withSymbols.length === 0) return [];
  return [
    "Debug symbols, kept out of the shipped files:",
    ...withSymbols.map(
      (a) => `- \`${a.target}/${a.name}\`: \`${path10.basename(a.debugSymbols)}\``
    ),
    ""
  ];
}
function profileTable(d) {
  const lines2 = [
    `<details><summary>Profile <code>${d.profile}</code> in effect</summary>`,
    "",
    "| key | value | source |",
    "|---|---|---|"
  ];
  for (const key2 of PROFILE_KEYS) {
    const entry = d.plan.effective[key2];
    if (entry === void 0) continue;
    lines2.push(
      `| \`${key2}\` | \`${JSON.stringify(entry.value)}\` | ${entry.source}${entry.note ? ` (${entry.note})` : ""} |`
    );
  }
  for (const s of d.plan.skipped) {
    lines2.push("", `- preset \`${s.key} = ${JSON.stringify(s.preset)}\` not applied: ${s.reason}`);
  }
  lines2.push("", "</details>", "");
  return lines2;
}
function flagsSection(d) {
  const lines2 = [];
  for (const r of d.rustflags) {
    const added = r.added.length > 0 ? `\`${r.added.join(" ")}\` (via ${r.placement})` : "none";
    lines2.push(`- \`${r.triple}\`: rustflags added: ${added}`);
    if (r.cpu !== null)
      lines2.push(`  - CPU floor: ${cpuFloor(r.cpu)}. Older CPUs stop with SIGILL.`);
    if (r.cpuSkipped !== null) lines2.push(`  - no target-cpu added: ${r.cpuSkipped}`);
  }
  return lines2;
}
function renderReport(d) {
  const lines2 = [verdict(d), ""];
  if (d.budget?.exceeded === true) {
    const grew = grownArtifacts(d.artifacts, d.baseline).map(
      (a) => `\`${a.target}/${a.name}\` ${a.delta === null ? "new" : formatDelta(a.delta)}`
    );
    lines2.push(
      `> [!CAUTION]`,
      `> The total grew more than the size budget \`${d.budget.raw}\`.${grew.length > 0 ? ` Grew: ${grew.join(", ")}.` : ""}`,
      ""
    );
  }
  if (d.plan.panicAbortApplied) lines2.push(`> [!WARNING]`, `> ${PANIC_NOTICE}`, "");
  lines2.push(...artifactTables(d));
  lines2.push(...crateSections(d.artifacts));
  if (d.artifacts.length === 0)
    lines2.push("No artifacts (bin, cdylib, dylib, staticlib) were built.", "");
  const s = d.summary;
  lines2.push(
    `**Total: ${formatBytes(s.total)}**${s.baselineTotal === null ? "" : ` \xB7 baseline ${formatBytes(s.baselineTotal)} \xB7 ${formatDelta(s.delta)} (${formatPercent(s.delta, s.baselineTotal)})`}`,
    ""
  );
  if (d.baseline === null && d.baselineNote !== null) lines2.push(`_${d.baselineNote}_`, "");
  if (d.budget !== null && d.budget.exceeded === null)
    lines2.push(`Size budget \`${d.budget.raw}\` not checked: there is no baseline.`, "");
  if (d.tuning) lines2.push(...d.tuning, "");
  lines2.push(...flagsSection(d), "");
  lines2.push(...profileTable(d));
  if (d.pgo) lines2.push(...d.pgo);
  if (d.cache !== null) {
    const rate = d.cache.hitRate === null ? "n/a" : `${d.cache.hitRate}%`;
    lines2.push(
      `sccache (${d.cache.backend}): hit rate ${rate}, ${d.cache.hits} hits, ${d.cache.misses} misses${d.cache.note ? ` \u2014 ${d.cache.note}` : ""}`,
      ""
    );
  }
  lines2.push(...debugSymbols(d));
  lines2.push(...dependencyLists(d));
  lines2.push(...sboms(d));
  lines2.push(...debugWeightSection(d.artifacts, d.debugSymbols ?? false));
  lines2.push(...checksums(d));
  for (const note of d.notes) lines2.push(`- ${note}`);
  lines2.push("");
  const [rustcLine, ...rustcRest] = d.rustc.trim().split("\n");
  if (rustcRest.length === 0) lines2.push(`<sub>${rustcLine}</sub>`);
  else
    lines2.push(
      `<details><summary><sub>${rustcLine}</sub></summary>`,
      "",
      "```",
      d.rustc.trim(),
      "```",
      "",
      "</details>"
    );
  return lines2.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

// src/tune/candidates.ts
var PRESET_SPEC = { name: "preset", keys: {}, cpu: "as-set" };
function pgoCandidate(profdata, trainedWith) {
  return {
    ...PRESET_SPEC,
    name: "preset with PGO",
    pgoProfile: profdata,
    ...trainedWith === void 0 ? {} : { pgoTrain: trainedWith }
  };
}
function sizeCandidates(preset, cpuVaries) {
  const p = PRESETS[preset];
  const specs = [{ ...PRESET_SPEC }];
  for (const level of ["s", "z"])
    if (p.profile["opt-level"] !== level)
      specs.push({ name: `opt-level "${level}"`, keys: { "opt-level": level }, cpu: "as-set" });
  const lto = p.profile.lto === "fat" ? "thin" : "fat";
  specs.push({ name: `${lto} LTO`, keys: { lto }, cpu: "as-set" });
  const units = p.profile["codegen-units"] === 1 ? 16 : 1;
  specs.push({ name: `codegen-units ${units}`, keys: { "codegen-units": units }, cpu: "as-set" });
  if (cpuVaries && p.cpuTable !== null)
    specs.push({ name: "without target-cpu", keys: {}, cpu: "off" });
  return specs.slice(0, 6);
}
function speedCandidates(preset, cpuVaries) {
  const p = PRESETS[preset];
  const specs = [
    { name: "your profile", keys: {}, cpu: "off", control: true },
    { ...PRESET_SPEC }
  ];
  if (cpuVaries && p.cpuTable !== null)
    specs.push({ name: "preset without target-cpu", keys: {}, cpu: "off" });
  const lto = p.profile.lto === "thin" ? "fat" : "thin";
  specs.push({ name: `preset with ${lto} LTO`, keys: { lto }, cpu: "as-set" });
  return specs;
}
function cpuWhenOn(preset, triple) {
  return autoTargetCpu(PRESETS[preset].cpuTable === null ? "speed" : preset, triple);
}
function realize(spec, ctx) {
  const { profile, forced, forcedNote } = ctx.merge;
  const merge = spec.control ? { profile, preset: "none", overrides: {}, respectUserProfile: true, forced, forcedNote } : { ...ctx.merge, extra: { ...ctx.merge.extra, ...spec.keys } };
  const cpu = (triple) => spec.cpu === "off" ? null : spec.cpu === "on" ? cpuWhenOn(ctx.merge.preset, triple) : ctx.cpuAsSet(triple);
  const own = spec.pgoProfile === void 0 ? [] : [`-Cprofile-use=${spec.pgoProfile}`];
  return {
    name: spec.name,
    spec,
    plan: planProfile(ctx.user, merge),
    flags: ctx.triples.map((t) => ctx.rustflags(t, cpu(t), own))
  };
}
function fingerprint(c) {
  const sorted2 = (o) => Object.entries(o).map(([k, v]) => `${k}=${v}`).sort();
  return JSON.stringify([sorted2(c.plan.env), c.flags.map((f) => sorted2(f.env))]);
}
function realizeCandidates(specs, ctx) {
  const candidates = [];
  const dropped = [];
  for (const spec of specs) {
    const c = realize(spec, ctx);
    const twin = candidates.find((o) => fingerprint(o) === fingerprint(c));
    if (twin === void 0) candidates.push(c);
    else dropped.push({ name: c.name, sameAs: twin.name });
  }
  return { candidates, dropped };
}
function changedKeys(c) {
  const out = {};
  for (const [key2, e] of Object.entries(c.plan.effective))
    if (e.source === "preset" || e.source === "override") out[key2] = e.value;
  return out;
}

// src/tune/screen.ts
var CUT = 5;
var MIN_SPREAD = 1e-3;
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function keptRuns(table3, rounds) {
  const cut = table3.map((c) => c.slice(0, rounds));
  const shared = cut[0].map((_, k) => median(cut.flatMap((c) => c[k])));
  const own = cut.map((c) => median(c.flatMap((runs, k) => runs.map((x) => x - shared[k]))));
  const residual = (i, k, x) => x - shared[k] - own[i];
  const all = cut.flatMap((c, i) => c.flatMap((runs, k) => runs.map((x) => residual(i, k, x))));
  const spread = Math.max(1.4826 * median(all.map(Math.abs)), MIN_SPREAD);
  return cut.map(
    (c, i) => c.map((runs, k) => runs.filter((x) => Math.abs(residual(i, k, x)) <= CUT * spread))
  );
}
function pairedLogRatios(kept, control, rival) {
  const out = [];
  kept[control].forEach((base, k) => {
    const own = kept[rival][k];
    if (base.length === 0 || own.length === 0) return;
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    out.push(mean(own) - mean(base));
  });
  return out;
}

// src/tune/student.ts
function meanTest(xs) {
  const n = xs.length;
  const mean = n === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / n;
  const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  return { n, mean, se: n > 1 ? Math.sqrt(ss / (n * (n - 1))) : Infinity, df: Math.max(n - 1, 1) };
}
function logGamma(x) {
  const c = [
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9984369578019572e-21,
    15056327351493116e-23
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function betaFraction(a, b, x) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let f = d;
  for (let m = 1; m <= 300; m++) {
    for (const num2 of [
      m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
      -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
    ]) {
      d = 1 + num2 * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num2 / c;
      c = Math.abs(c) < tiny ? tiny : c;
      f *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-15) break;
  }
  return f;
}
function incompleteBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  );
  return x < (a + 1) / (a + b + 2) ? front * betaFraction(a, b, x) / a : 1 - front * betaFraction(b, a, 1 - x) / b;
}
function studentCdf(t, df) {
  const tail3 = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t < 0 ? tail3 : 1 - tail3;
}
function studentQuantile(p, df) {
  const key2 = `${p}:${df}`;
  const known = quantiles.get(key2);
  if (known !== void 0) return known;
  const q = bisectQuantile(p, df);
  quantiles.set(key2, q);
  return q;
}
var quantiles = /* @__PURE__ */ new Map();
function bisectQuantile(p, df) {
  let [lo, hi] = [0, 1e3];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (1 - studentCdf(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
function pBelow(t, threshold) {
  if (t.se === 0) return t.mean < threshold ? 0 : 1;
  return studentCdf((t.mean - threshold) / t.se, t.df);
}

// src/tune/stats.ts
var CONTROL_RUNS = 2;
var MIN_ROUNDS = 6;
var DEFAULT_MIN_GAIN = 0.01;
var DEFAULT_ALPHA = 0.05;
var LOOKS = [
  [10, 0.3],
  [20, 0.9],
  [30, 1]
];
var FLOOR_SECONDS = 1e-3;
function spent(rounds) {
  let [prevRound, prevShare] = [MIN_ROUNDS - 1, 0];
  for (const [round, share2] of LOOKS) {
    if (rounds <= round)
      return rounds <= prevRound ? prevShare : prevShare + (share2 - prevShare) * (rounds - prevRound) / (round - prevRound);
    [prevRound, prevShare] = [round, share2];
  }
  return prevShare;
}
function looksAt(rounds, alpha) {
  const out = [];
  let before = 0;
  for (const [round] of LOOKS) {
    if (round >= rounds) break;
    out.push({ round, level: alpha * (spent(round) - before) });
    before = spent(round);
  }
  if (rounds >= MIN_ROUNDS) out.push({ round: rounds, level: alpha * (spent(rounds) - before) });
  return out;
}
function roundsOf(timings, control, rivals) {
  const base = timings[control].length;
  const rounds = rivals.length === 0 ? base : timings[rivals[0]].length;
  const uneven = rivals.find((name) => timings[name].length !== rounds);
  if (uneven !== void 0)
    throw new Error(`'${uneven}' has ${timings[uneven].length} runs, '${rivals[0]}' ${rounds}`);
  if (rounds > 0 ? base % rounds !== 0 || base === 0 : base > 0)
    throw new Error(`the control '${control}' has ${base} runs over ${rounds} rounds`);
  return rounds;
}
function logTable(timings, names, rounds) {
  return names.map((name) => {
    const runs = timings[name];
    const each = rounds === 0 ? 0 : runs.length / rounds;
    return Array.from(
      { length: rounds },
      (_, k) => runs.slice(k * each, (k + 1) * each).map((t) => Math.log(Math.max(t, FLOOR_SECONDS)))
    );
  });
}
function holm(ps, level) {
  const order = ps.map((p, i) => [p, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rejected = /* @__PURE__ */ new Set();
  for (const [rank, [p, i]] of order.entries()) {
    if (p > level / (ps.length - rank)) break;
    rejected.add(i);
  }
  return rejected;
}
function estimate(name, times, logs, rounds, threshold, level) {
  const t = meanTest(logs);
  const half = t.se * studentQuantile(0.025, t.df);
  const ok = rounds >= MIN_ROUNDS && logs.length > 1;
  const reach = ok && level > 0 ? t.se * studentQuantile(level, t.df) : null;
  return {
    name,
    ratio: Math.exp(t.mean),
    low: ok ? Math.exp(t.mean - half) : null,
    high: ok ? Math.exp(t.mean + half) : null,
    time: median(times),
    gain: 1 - Math.exp(t.mean),
    gainLow: ok ? 1 - Math.exp(t.mean + half) : null,
    gainHigh: ok ? 1 - Math.exp(t.mean - half) : null,
    detectable: reach === null ? null : 1 - Math.exp(threshold - reach),
    p: pBelow(t, threshold),
    passedAt: null
  };
}
function decideSpeed(timings, control, options = {}) {
  const minGain = options.minGain ?? DEFAULT_MIN_GAIN;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (timings[control] === void 0) throw new Error(`no timings for the control '${control}'`);
  const threshold = Math.log(1 - minGain);
  const rivals = Object.keys(timings).filter((name) => name !== control);
  const rounds = roundsOf(timings, control, rivals);
  const table3 = logTable(timings, [control, ...rivals], rounds);
  const ratiosAt = (n) => {
    const kept = keptRuns(table3, n);
    return rivals.map((_, i) => pairedLogRatios(kept, 0, i + 1));
  };
  const all = ratiosAt(rounds);
  const looks = looksAt(rounds, alpha);
  const last = looks[looks.length - 1]?.level ?? 0;
  const estimates = Object.entries(timings).map(
    ([name, times]) => estimate(
      name,
      times,
      name === control ? table3[0].map(() => 0) : all[rivals.indexOf(name)],
      rounds,
      threshold,
      last / Math.max(1, rivals.length)
    )
  );
  for (const look of looks) {
    const ps = ratiosAt(look.round).map((l) => pBelow(meanTest(l), threshold));
    for (const i of holm(ps, look.level)) {
      const e = estimates.find((x) => x.name === rivals[i]);
      e.passedAt ??= look.round;
    }
  }
  const best = estimates.filter((e) => e.passedAt !== null).sort((a, b) => a.ratio - b.ratio || a.name.localeCompare(b.name))[0];
  const winner = best?.name ?? control;
  return {
    winner,
    keptControl: winner === control,
    estimates,
    rounds,
    minGain,
    alpha,
    looks: looks.map((l) => l.round)
  };
}
function futile(e, minGain) {
  return e.gainHigh !== null && e.gainHigh < minGain;
}
function settled(decision, control) {
  const others = decision.estimates.filter((e) => e.name !== control);
  if (others.every((e) => futile(e, decision.minGain))) return true;
  if (decision.keptControl || !LOOKS.some(([round]) => round === decision.rounds)) return false;
  const best = others.find((e) => e.name === decision.winner);
  return others.every(
    (e) => e.passedAt !== null || futile(e, decision.minGain) || e.low !== null && best.high !== null && e.low > best.high
  );
}

// src/tune/evidence.ts
function lineNotes(lines2, perLine, control, winner) {
  if (lines2.length < 2 || winner === control) return [];
  return lines2.map((line, i) => {
    const e = decideSpeed(
      { [control]: perLine[i][control], [winner]: perLine[i][winner] },
      control
    ).estimates.find((x) => x.name === winner);
    const range = e.low === null ? "" : ` (${e.low.toFixed(3)}\u2013${e.high.toFixed(3)})`;
    const slower = e.low !== null && e.low > 1;
    return `${slower ? "\u26A0\uFE0F slower on " : ""}\`${line.text}\`: ${e.ratio.toFixed(3)}\xD7${range} the time of ${control}`;
  });
}
function tuneOutput(t) {
  return JSON.stringify(
    t.measured.map((m) => ({
      name: m.candidate.name,
      profile: changedKeys(m.candidate),
      rustflags: Object.fromEntries(m.candidate.flags.map((f) => [f.triple, f.added])),
      size: m.size,
      ...t.mode === "speed" ? { time: m.time, ...speedEvidence(t, m) } : {},
      chosen: m.candidate === t.winner
    }))
  );
}
function speedEvidence(t, m) {
  const e = t.decision?.estimates.find((x) => x.name === m.candidate.name);
  if (e === void 0 || m.candidate.spec.control) return {};
  const { gain, gainLow, gainHigh, detectable, p } = e;
  return { gain, gainLow, gainHigh, detectable, p };
}
function tomlValue2(v) {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
function pinInputs(winner, preset, overrides) {
  if (winner.spec.control) return ["preset: none", "target-cpu: none", "tune: none"];
  const keys = {};
  for (const [key2, value] of Object.entries(winner.spec.keys)) {
    const e = winner.plan.effective[key2];
    if (e?.source === "preset" && e.value === value) keys[key2] = value;
  }
  const all = { ...keys, ...overrides };
  const lines2 = [`preset: ${preset}`];
  if (Object.keys(all).length > 0) {
    lines2.push("overrides: |");
    for (const [k, v] of Object.entries(all)) lines2.push(`  ${k} = ${tomlValue2(v)}`);
  }
  const train = winner.spec.pgoTrain;
  if (train !== void 0) lines2.push("pgo-train: |", ...train.map((l) => `  ${l}`));
  else if (winner.spec.pgoProfile !== void 0)
    lines2.push(`pgo-profile: ${winner.spec.pgoProfile}`);
  const cpus = winner.flags.map((f) => [f.triple, f.cpu ?? "none"]);
  const distinct = [...new Set(cpus.map(([, c]) => c))];
  if (distinct.length === 1) lines2.push(`target-cpu: ${distinct[0]}`);
  else if (distinct.length > 1) {
    lines2.push("target-cpu: |");
    for (const [t, c] of cpus) lines2.push(`  ${t}=${c}`);
  }
  lines2.push("tune: none");
  return lines2;
}
var pct = (x, base) => base === 0 ? "n/a" : `${x - base > 0 ? "+" : ""}${((x - base) / base * 100).toFixed(1)}%`;
function keysText(c) {
  const keys = Object.entries(changedKeys(c)).map(([k, v]) => `${k}=${tomlValue2(v)}`);
  return keys.length === 0 ? "(none)" : `\`${keys.join(" ")}\``;
}
function flagsText(c) {
  const flags = [...new Set(c.flags.map((f) => f.added.join(" ")))].filter((f) => f !== "");
  return flags.length === 0 ? "(none)" : flags.map((f) => `\`${f}\``).join(", ");
}
var percent = (x) => x === null ? "?" : `${(x * 100).toFixed(1)}%`;
function verdict2(t, reference) {
  const w = t.measured.find((m) => m.candidate === t.winner);
  if (t.mode === "size") {
    if (w === reference)
      return `Shipped **${w.candidate.name}**: no candidate was smaller than the preset.`;
    return `Shipped **${w.candidate.name}**: ${formatBytes(reference.size - w.size)} (${pct(w.size, reference.size)}) smaller than the preset.`;
  }
  const d = t.decision;
  const e = d.estimates.find((x) => x.name === w.candidate.name);
  if (d.rounds === 0)
    return `Shipped **${w.candidate.name}** (the control): no other candidate was left to compare.`;
  if (d.keptControl || e === void 0)
    return `Shipped **${w.candidate.name}** (the control): over ${d.rounds} rounds no candidate was faster by more than the minimum gain (${percent(d.minGain)}) with 95% confidence for the whole family of candidates.`;
  return `Shipped **${w.candidate.name}**: ${e.ratio.toFixed(3)}\xD7 the ${t.clock} time of ${reference.candidate.name} (over ${d.rounds} rounds, 95% interval ${e.low?.toFixed(3)}\u2013${e.high?.toFixed(3)}), ${percent(e.gain)} faster; it beat the minimum gain (${percent(d.minGain)}) at the look of round ${e.passedAt ?? "?"}.`;
}
function tuneSection(t, preset, overrides) {
  const reference = t.measured.find(
    (m) => t.mode === "speed" ? m.candidate.spec.control : m.candidate.name === "preset"
  ) ?? t.measured[0];
  const speed = t.mode === "speed";
  const lines2 = [
    `### Tuning (\`tune: ${t.mode}\`)`,
    "",
    speed ? `| candidate | profile keys | rustflags | size | median ${t.clock} time | vs ${reference.candidate.name} (95% interval) | build time |` : "| candidate | profile keys | rustflags | size | vs preset | build time |",
    speed ? "|---|---|---|--:|--:|--:|--:|" : "|---|---|---|--:|--:|--:|"
  ];
  for (const m of t.measured) {
    const mark = m.candidate === t.winner ? "\u2705 " : "";
    const name = `${mark}${m.candidate === t.winner ? `**${m.candidate.name}**` : m.candidate.name}`;
    const build = `${m.buildSeconds.toFixed(1)} s`;
    const head = `| ${name} | ${keysText(m.candidate)} | ${flagsText(m.candidate)} | ${formatBytes(m.size)}`;
    if (!speed) {
      lines2.push(`${head} | ${pct(m.size, reference.size)} | ${build} |`);
      continue;
    }
    const e = t.decision?.estimates.find((x) => x.name === m.candidate.name);
    const ratio = m.candidate.spec.control || e === void 0 ? "1 (control)" : `${e.ratio.toFixed(3)}\xD7 (${e.low?.toFixed(3) ?? "?"}\u2013${e.high?.toFixed(3) ?? "?"}); gain ${percent(e.gain)} (${percent(e.gainLow)}\u2013${percent(e.gainHigh)}), detectable ${e.detectable === null ? "none yet" : `\u2265 ${percent(e.detectable)}`}`;
    lines2.push(
      `${head} | ${m.time === null ? "n/a" : `${m.time.toFixed(3)} s`} | ${ratio} | ${build} |`
    );
  }
  const total = t.measured.reduce((s, m) => s + m.buildSeconds, 0);
  lines2.push(
    "",
    verdict2(t, reference),
    "",
    `Tuning built ${t.measured.length} candidates in ${total.toFixed(1)} s.`
  );
  if (speed)
    lines2.push(
      `Rule: a candidate ships only if it is faster than ${reference.candidate.name} by more than tune-min-gain (${percent(t.decision?.minGain ?? null)}) with 95% confidence for the whole family: a t test of the per-round log time ratios once runs more than 5 robust standard deviations off their round and candidate are set aside, Holm's procedure across candidates, the 5% spent over fixed looks (rounds 10, 20, 30); rounds ran interleaved, the control twice a round, in a seeded shuffled order, after a warm-up. "detectable" is the smallest gain these rounds could have shown.`
    );
  for (const n of t.notes) lines2.push(`- ${n}`);
  lines2.push(
    "",
    "To build this winner without tuning, set these inputs:",
    "",
    "```yaml",
    ...pinInputs(t.winner, preset, overrides),
    "```",
    ""
  );
  return lines2;
}

// src/phases/publish.ts
async function publish(p) {
  const { settings, logger } = p;
  const artifacts = applyBaseline(p.built, p.baseline);
  const summary = summarize(artifacts, p.baseline);
  const budget = settings.sizeBudget;
  const report = renderReport({
    preset: settings.preset,
    profile: settings.profile,
    artifacts,
    summary,
    baseline: p.baseline,
    baselineNote: p.baselineNote,
    plan: p.plan,
    rustflags: p.rustflags,
    rustc: p.rustc,
    cache: p.sccache?.cache ?? null,
    budget: budget === null ? null : { raw: budget.raw, exceeded: overBudget(summary, budget) },
    notes: p.notes,
    tuning: p.tune === null ? null : tuneSection(p.tune, settings.preset, settings.overrides),
    debugSymbols: settings.debugSymbols,
    pgo: p.pgo?.report ?? null
  });
  const outputs = buildOutputs({
    artifacts,
    summary,
    plan: p.plan,
    rustflags: p.rustflags,
    report,
    sccacheHitRate: p.sccache?.hitRate ?? null,
    cacheHit: p.sccache?.cacheHit ?? false,
    tune: p.tune === null ? "" : tuneOutput(p.tune),
    pgoProfile: p.pgo === null ? null : p.pgo.profiles.join("\n"),
    checksums: p.checksums
  });
  if (p.auto !== null) {
    const { saveRecord } = await import("./baseline-auto-IYJMG7M4.js");
    await saveRecord(p.auto, artifacts, p.env, logger);
  }
  const comment = await commentOn(p, report);
  const failures = [budgetFailure(artifacts, summary, p.baseline, budget), comment.failure].filter(
    (f) => f !== null
  );
  return { outputs, report, failure: failures.length > 0 ? failures.join("\n") : null };
}
async function commentOn(p, report) {
  const { settings, logger } = p;
  const decision = commentDecision(settings.comment, p.env);
  if (!decision.post) {
    if (settings.comment === "true") {
      return {
        failure: `comment is true, but there is no pull request to comment on: ${decision.reason}. Use comment: auto to comment only on pull_request events.`
      };
    }
    if (settings.comment === "auto") logger.info(`No pull request comment: ${decision.reason}.`);
    return { failure: null };
  }
  const target = decision.target;
  return logger.group("Pull request comment", async () => {
    const outcome = await publishComment({
      mode: settings.comment,
      key: p.jobKey,
      token: settings.githubToken,
      report,
      target
    });
    for (const line of outcome.info) logger.info(line);
    if (outcome.warning !== null) logger.warning(outcome.warning);
    return outcome;
  });
}

// src/toolchain/cargo-rustc.ts
import path11 from "node:path";
function cargoRustc(o) {
  for (const name of ["RUSTC", "CARGO_BUILD_RUSTC"]) {
    const value = o.env[name];
    if (value !== void 0 && value !== "") return value;
  }
  const configured = configuredBuild(o.configs, "rustc") !== null;
  return !configured && o.rustup && o.own !== null ? o.own : "rustc";
}
function sysrootRustc(sysroot, platform = process.platform) {
  if (sysroot === "") return null;
  const file = path11.join(sysroot, "bin", platform === "win32" ? "rustc.exe" : "rustc");
  return isExecutable(file, platform) ? file : null;
}

// src/phases/caches.ts
function startSccache(c, profiled, buildConfig, saveState) {
  const { settings } = c;
  if (!settings.sccache) return Promise.resolve(null);
  return setupSccache({
    backend: settings.sccacheBackend,
    version: settings.sccacheVersion,
    saveCache: settings.saveCache,
    cacheKey: settings.cacheKey,
    selection: settings,
    env: { ...c.env, ...c.toolchain.env },
    // the server of the gha backend needs the cache token
    cwd: c.cwd,
    rustc: cargoRustc({
      env: c.baseEnv,
      configs: [...c.configs, ...c.cliConfigs],
      rustup: c.toolchain.rustup,
      own: sysrootRustc(c.toolchain.sysroot)
    }),
    rustcVersion: c.toolchain.versionText,
    targets: c.targets,
    workspaceRoot: profiled.project.workspaceRoot,
    buildConfig,
    logger: c.logger,
    saveState
  });
}
function warmOptions(c, profiled, flags, buildConfig) {
  const { settings } = c;
  const { project } = profiled;
  return {
    saveCache: settings.saveCache,
    env: c.baseEnv,
    targetDir: project.targetDirectory,
    workspaceRoot: project.workspaceRoot,
    keyParts: {
      platform: process.platform,
      arch: process.arch,
      rustcVersion: c.toolchain.versionText,
      targets: c.targets,
      buildConfig: {
        ...selectionKey(settings, project.workspaceRoot),
        config: buildConfig,
        // The flags cargo will use, from whichever source: fingerprints depend on them.
        userRustflags: flags.map((f) => [f.triple, f.userFlags])
      },
      extra: settings.cacheKey
    }
  };
}
function preloadCaches(settings, warmMode) {
  const { sccache, sccacheBackend } = settings;
  const loads = [];
  if (sccache) loads.push(import("./install-C27CPJWJ.js"));
  if (sccache && sccacheBackend === "local") loads.push(import("./cache-KFLJ5RKL.js"));
  if (warmEnabled(warmMode, sccache, sccacheBackend)) loads.push(import("./warm-LZUGZI7V.js"));
  for (const load of loads) load.catch(() => void 0);
}
async function cachesPhase(c, profiled, flags, pgo, warmMode, saveState, breakdownReady) {
  const { settings, logger } = c;
  const buildConfig = {
    profile: settings.profile,
    env: profiled.plan.env,
    rustflags: flags.map((f) => f.env),
    // Whether and how PGO ran: instrumented and profile-guided objects never share entries.
    ...pgo === null ? {} : { pgo: pgo.keyPart }
  };
  const held = bufferedLogger();
  const warmStarted = !warmEnabled(warmMode, settings.sccache, settings.sccacheBackend) ? Promise.resolve(null) : (
    // Loaded only when used, like the sccache cache: it brings @actions/cache.
    import("./warm-LZUGZI7V.js").then(
      ({ setupWarm }) => setupWarm({
        ...warmOptions(c, profiled, flags, buildConfig),
        logger: held.logger,
        saveState
      })
    )
  );
  warmStarted.catch(() => void 0);
  const sccache = await startSccache(c, profiled, buildConfig, saveState);
  const warm = await warmStarted.finally(() => held.replay(logger));
  const breakdown = await breakdownReady();
  let stats = null;
  const finish2 = async () => {
    stats = sccache === null ? null : await sccache.finish();
    warm?.stage();
  };
  return { sccache, warm, breakdown, stats: () => stats, finish: finish2 };
}

// src/pipeline.ts
import path27 from "node:path";

// src/pgo/phase.ts
import { rmSync as rmSync3 } from "node:fs";
import path17 from "node:path";

// src/pgo/commands.ts
import { readFileSync as readFileSync5 } from "node:fs";
import path12 from "node:path";
function parseCommandLines(raw) {
  const lines2 = [];
  for (const line of raw.split(/\r?\n/)) {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) continue;
    let argv;
    try {
      argv = split(text);
    } catch (error2) {
      throw new Error(
        `line '${text}' cannot be split as a POSIX shell splits words (${error2.message})`,
        { cause: error2 }
      );
    }
    if (argv.length === 0) continue;
    lines2.push({ text, argv });
  }
  return lines2;
}
function commandEnv(env, binDir2, extra = {}) {
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  const rest = env[pathKey];
  return {
    ...env,
    [pathKey]: rest === void 0 || rest === "" ? binDir2 : `${binDir2}${path12.delimiter}${rest}`,
    RUST_OPTIMIZE_BIN_DIR: binDir2,
    ...extra
  };
}
function childCpuSeconds() {
  if (process.platform !== "linux") return null;
  try {
    const stat3 = readFileSync5("/proc/self/stat", "utf8");
    const fields = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
    const cutime = Number(fields[16 - 3]);
    const cstime = Number(fields[17 - 3]);
    if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return null;
    return (cutime + cstime) / 100;
  } catch {
    return null;
  }
}
async function runCommandLine(line, options) {
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  let result;
  try {
    result = await run(line.argv[0], line.argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      onStdoutLine: options.log,
      onStderrLine: options.log
    });
  } catch (error2) {
    return { code: 127, seconds: 0, clock: "wall", stderrTail: error2.message };
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childCpuSeconds();
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return {
    code: result.code,
    seconds: cpu ?? wall,
    clock: cpu === null ? "wall" : "cpu",
    stderrTail: result.stderr.trim().split("\n").slice(-10).join("\n")
  };
}
var CommandFailed = class extends Error {
  constructor(input, line, result) {
    super(
      `Input '${input}': the command '${line.text}' exited with code ${result.code}${result.stderrTail ? `:
${result.stderrTail}` : ""}`
    );
    this.name = "CommandFailed";
  }
};
async function timeCandidates(options) {
  const seconds = {};
  for (const c of options.candidates) seconds[c.name] = options.lines.map(() => []);
  let clock = "cpu";
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? options.candidates : [...options.candidates].reverse();
    for (const [i, line] of options.lines.entries()) {
      for (const c of order) {
        const result = await runCommandLine(line, {
          cwd: options.cwd,
          env: commandEnv(options.env, c.binDir)
        });
        if (result.code !== 0) throw new CommandFailed(options.input, line, result);
        if (result.clock === "wall") clock = "wall";
        seconds[c.name][i].push(result.seconds);
      }
    }
  }
  return { seconds, clock };
}

// src/pgo/cycle.ts
import { existsSync as existsSync6, mkdirSync as mkdirSync2, readdirSync as readdirSync2, rmSync as rmSync2 } from "node:fs";
import path15 from "node:path";

// src/pgo/plan.ts
import path13 from "node:path";
function instrumentFlags(profileDir) {
  return [`-Cprofile-generate=${profileDir}`];
}
function useFlags(profdata) {
  return [`-Cprofile-use=${profdata}`, "-Cllvm-args=-pgo-warn-missing-function"];
}
function profileFileEnv(profileDir) {
  return { LLVM_PROFILE_FILE: path13.join(profileDir, "rust-optimize-%m-%p.profraw") };
}
function rustcLlvmMajor(versionText) {
  const m = /^LLVM version: (\d+)\./m.exec(versionText);
  return m === null ? null : Number(m[1]);
}
function toolLlvmMajor(versionOutput) {
  const m = /LLVM version:? (\d+)\./.exec(versionOutput);
  return m === null ? null : Number(m[1]);
}
var INDEXED_MAGIC = Buffer.from([255, 108, 112, 114, 111, 102, 105, 129]);
function isIndexedProfile(head) {
  return head.subarray(0, 8).equals(INDEXED_MAGIC);
}
var MISSING = /no profile data available for function/;
var INVALID = /(invalid|malformed|unsupported) instrumentation profile|profile data may be corrupted/i;
function checkUseDiagnostics(diagnostics, profiles) {
  let missingFunctions = 0;
  let ignored = null;
  for (const d of diagnostics) {
    if (d.level !== "warning") continue;
    if (MISSING.test(d.message)) missingFunctions++;
    else if (ignored === null && (INVALID.test(d.message) || profiles.some((p) => d.message.startsWith(`${p}:`))))
      ignored = d.message.trim();
  }
  return { missingFunctions, ignored };
}
function isPgoNoise(d) {
  return d.level === "warning" && MISSING.test(d.message);
}
function chooseProfdata(candidates, major) {
  const exact = candidates.find((c) => major !== null && c.major === major);
  if (exact !== void 0) return { tool: exact, matches: true };
  const other = candidates[0];
  return other === void 0 ? null : { tool: other, matches: major === null };
}
function installAdvice(major, rustup) {
  const component = rustup ? "run 'rustup component add llvm-tools' (older toolchains: 'llvm-tools-preview') before this step" : "install the llvm-tools component of your toolchain";
  const apt = major === null ? "install an llvm-profdata matching rustc's LLVM on PATH" : `install llvm-profdata of LLVM ${major} on PATH as 'llvm-profdata-${major}' (Debian/Ubuntu: the 'llvm-${major}' package, from apt.llvm.org if your release lacks it)`;
  return `${component}, or ${apt}`;
}
var median2 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
function compareTimes(lines2, pgo, plain) {
  return lines2.map((line, i) => {
    const ratios = pgo[i].map((t, r) => plain[i][r] > 0 ? t / plain[i][r] : 1);
    const low = Math.min(...ratios);
    const high = Math.max(...ratios);
    return { line, ratio: median2(ratios), low, high, withinNoise: low <= 1 && high >= 1 };
  });
}
function describeComparison(c) {
  const f = (n) => n.toFixed(2);
  const verdict3 = c.withinNoise ? "within the noise" : c.ratio < 1 ? `${((1 - c.ratio) * 100).toFixed(1)}% less time` : `SLOWER by ${((c.ratio - 1) * 100).toFixed(1)}%: the training did not cover this path`;
  return `${f(c.ratio)}\xD7 (${f(c.low)}\u2013${f(c.high)}), ${verdict3}`;
}

// src/pgo/profdata.ts
import { existsSync as existsSync5, readdirSync } from "node:fs";
import path14 from "node:path";
var EXE = process.platform === "win32" ? ".exe" : "";
function toolchainProfdata(sysroot, host) {
  return path14.join(sysroot, "lib", "rustlib", host, "bin", `llvm-profdata${EXE}`);
}
async function versionOf(tool, env) {
  try {
    const r = await run(tool, ["merge", "--version"], { env });
    return toolLlvmMajor(`${r.stdout}
${r.stderr}`);
  } catch {
    return null;
  }
}
async function addLlvmTools(o) {
  for (const component of ["llvm-tools", "llvm-tools-preview"]) {
    o.log(`rustup component add ${component}`);
    let r;
    try {
      r = await run("rustup", ["component", "add", component], {
        cwd: o.cwd,
        env: { ...o.env, RUST_BACKTRACE: "0" },
        timeoutMs: 3e5
      });
    } catch {
      return false;
    }
    if (r.code === 0) return true;
    const first = r.stderr.trim().split("\n")[0] ?? "";
    o.log(`  failed: ${first}`);
    if (!/unknown component|not available|does not contain component/i.test(r.stderr)) return false;
  }
  return false;
}
function pathCandidates(env) {
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  const found = [];
  for (const dir of (env[pathKey] ?? "").split(path14.delimiter)) {
    if (dir === "" || !existsSync5(dir)) continue;
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = new RegExp(`^llvm-profdata(-(\\d+))?${EXE.replace(".", "\\.")}$`).exec(name);
      if (m !== null) found.push({ file: path14.join(dir, name), n: m[2] ? Number(m[2]) : -1 });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return found.sort((a, b) => b.n - a.n).map((f) => f.file).filter((f) => !seen.has(path14.basename(f)) && (seen.add(path14.basename(f)), true));
}
async function aptInstall(major, o) {
  if (process.platform !== "linux" || findOnPath("apt-get", o.env) === null) return false;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = root ? [] : ["sudo", "-n"];
  if (!root && (findOnPath("sudo", o.env) === null || (await run("sudo", ["-n", "true"], { env: o.env })).code !== 0))
    return false;
  const pkg = `llvm-${major}`;
  const policy = await run("apt-cache", ["policy", pkg], { env: o.env }).catch(() => null);
  if (policy === null || !/Candidate: (?!\(none\))/.test(policy.stdout)) return false;
  o.log(`apt-get install ${pkg}`);
  const [program, ...args] = [...sudo, "apt-get", "install", "-y", "--no-install-recommends", pkg];
  const r = await run(program, args, {
    env: { ...o.env, DEBIAN_FRONTEND: "noninteractive" },
    timeoutMs: 6e5
  }).catch(() => null);
  return r !== null && r.code === 0;
}
var NoProfdata = class extends Error {
  constructor(major, rustup) {
    super(
      `PGO needs llvm-profdata${major === null ? "" : ` of LLVM ${major} (rustc's LLVM)`} to merge the training profiles, and none was found: ${installAdvice(major, rustup)}.`
    );
    this.name = "NoProfdata";
  }
};
async function locateProfdata(o) {
  const own = toolchainProfdata(o.sysroot, o.host);
  if (existsSync5(own) || o.rustup && await addLlvmTools(o) && existsSync5(own))
    return { path: own, major: o.major, origin: "the toolchain's llvm-tools", matches: true };
  const fromPath = async () => Promise.all(
    pathCandidates(o.env).map(async (file) => ({
      path: file,
      major: await versionOf(file, o.env),
      origin: "PATH"
    }))
  );
  let choice = chooseProfdata(await fromPath(), o.major);
  if ((choice === null || !choice.matches) && o.major !== null && await aptInstall(o.major, o)) {
    choice = chooseProfdata(await fromPath(), o.major);
  }
  if (choice === null) throw new NoProfdata(o.major, o.rustup);
  return { ...choice.tool, matches: choice.matches };
}
var ProfileFormatMismatch = class extends Error {
  constructor(tool, rustcMajor, rustup) {
    super(
      `llvm-profdata ${tool.path} (LLVM ${tool.major ?? "unknown"}) cannot read the raw profiles of rustc (LLVM ${rustcMajor ?? "unknown"}): unsupported instrumentation profile format version. To fix it, ${installAdvice(rustcMajor, rustup)}.`
    );
    this.name = "ProfileFormatMismatch";
  }
};
async function mergeProfiles(o) {
  const r = await run(o.tool.path, ["merge", "-o", o.out, o.rawDir], { env: o.env });
  if (/unsupported instrumentation profile format version/.test(r.stderr))
    throw new ProfileFormatMismatch(o.tool, o.rustcMajor, o.rustup);
  if (r.code !== 0) {
    throw new Error(
      `'${o.tool.path} merge' failed with exit code ${r.code}:
${r.stderr.trim().split("\n").slice(-10).join("\n")}`
    );
  }
}
async function profileStats(tool, file, env) {
  const total = await run(tool.path, ["show", file], { env }).catch(() => null);
  const covered = await run(tool.path, ["show", "--covered", file], { env }).catch(() => null);
  const m = total === null ? null : /Total functions: (\d+)/.exec(total.stdout);
  return {
    functions: m === null ? null : Number(m[1]),
    executed: covered === null || covered.code !== 0 ? null : covered.stdout.split("\n").filter((l) => l.trim() !== "").length
  };
}

// src/pgo/cycle.ts
var NoRawProfiles = class extends Error {
  constructor(lines2, binDir2) {
    super(
      `Input 'pgo-train': the commands ran (${lines2.map((l) => `'${l.text}'`).join(", ")}) but no .profraw profile was written. They must run the instrumented artifacts, which are first on PATH and in RUST_OPTIMIZE_BIN_DIR (${binDir2}), and those must exit normally (a process killed by a signal or ending in abort() writes no profile).`
    );
    this.name = "NoRawProfiles";
  }
};
async function runPgoCycle(o) {
  const targetDir = path15.join(o.workDir, "instrumented");
  const rawDir = path15.join(o.workDir, "raw");
  const profile = path15.join(o.workDir, "merged.profdata");
  rmSync2(o.workDir, { recursive: true, force: true });
  mkdirSync2(rawDir, { recursive: true });
  try {
    const files = await o.buildInstrumented(instrumentFlags(rawDir), targetDir);
    if (files.length === 0) {
      throw new Error(
        "Input 'pgo-train': the build produced no artifacts (bin, cdylib, dylib, staticlib) to train"
      );
    }
    const binDir2 = path15.dirname(files[0]);
    const group2 = o.group ?? ((_name, fn) => fn());
    return await group2("PGO: training", async () => {
      const env = commandEnv(o.env, binDir2, profileFileEnv(rawDir));
      const trained = [];
      for (const line of o.lines) {
        o.log(`$ ${line.text}`);
        const result = await runCommandLine(line, { cwd: o.cwd, env, log: (t) => o.log(`  ${t}`) });
        if (result.code !== 0) throw new CommandFailed("pgo-train", line, result);
        trained.push({ line: line.text, seconds: result.seconds });
      }
      const raws = readdirSync2(rawDir).filter((f) => f.endsWith(".profraw"));
      if (raws.length === 0) throw new NoRawProfiles(o.lines, binDir2);
      await mergeProfiles({
        tool: o.tool,
        rawDir,
        out: profile,
        env: o.env,
        rustcMajor: o.rustcMajor,
        rustup: o.rustup
      });
      if (!existsSync6(profile)) throw new Error(`llvm-profdata wrote no ${profile}`);
      const stats = await profileStats(o.tool, profile, o.env);
      o.log(
        `PGO: merged ${raws.length} raw profile(s) from ${trained.length} training command(s) into ${profile}`
      );
      return { profile, rawProfiles: raws.length, trained, stats };
    });
  } finally {
    rmSync2(targetDir, { recursive: true, force: true });
    rmSync2(rawDir, { recursive: true, force: true });
  }
}

// src/pgo/inputs.ts
import { closeSync, existsSync as existsSync7, openSync, readSync, statSync } from "node:fs";
import path16 from "node:path";
function lines(input, raw) {
  try {
    return parseCommandLines(raw);
  } catch (error2) {
    throw new InputError(
      input,
      raw,
      `expected command lines, one per line, each split as a POSIX shell splits words: ${error2.message}`
    );
  }
}
var ARCH = { x64: "x86_64", arm64: "aarch64", ia32: "i686" };
var OS = {
  linux: /-linux-/,
  darwin: /-apple-darwin$/,
  win32: /-windows-/
};
function runnableHere(triple, arch = process.arch, platform = process.platform) {
  const os6 = OS[platform];
  return triple.split("-")[0] === ARCH[arch] && os6 !== void 0 && os6.test(triple);
}
function readHead(file) {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(8);
    const n = readSync(fd, head, 0, 8, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
function profileInput(raw, workingDirectory) {
  const file = path16.resolve(workingDirectory, raw.trim());
  const accepted = "expected the path of a merged .profdata (for example the pgo-profile output of an earlier run)";
  if (!existsSync7(file) || !statSync(file).isFile())
    throw new InputError("pgo-profile", raw, `${accepted}; ${file} does not exist`);
  if (!isIndexedProfile(readHead(file))) {
    throw new InputError(
      "pgo-profile",
      raw,
      `${accepted}; ${file} is not a merged profile (raw .profraw files must be merged with 'llvm-profdata merge' first), and rustc would ignore it with only a warning ("invalid instrumentation profile data")`
    );
  }
  return { kind: "profile", path: file };
}
function parsePgoInputs(read, workingDirectory, targets) {
  const trainRaw = read("pgo-train");
  const profileRaw = read("pgo-profile");
  const benchmark = lines("benchmark", read("benchmark"));
  const train = lines("pgo-train", trainRaw);
  if (train.length > 0 && profileRaw.trim() !== "") {
    throw new InputError(
      "pgo-profile",
      profileRaw,
      "set either 'pgo-train' (train in this run) or 'pgo-profile' (build with an existing profile), not both"
    );
  }
  if (profileRaw.trim() !== "")
    return { pgo: profileInput(profileRaw, workingDirectory), benchmark };
  if (train.length === 0) return { pgo: null, benchmark };
  const foreign = targets.find((t) => !runnableHere(t));
  if (foreign !== void 0) {
    throw new InputError(
      "pgo-train",
      trainRaw,
      `training runs the built programs on this runner, which cannot execute target '${foreign}' (of input 'targets'); PGO training accepts only targets this runner executes (${ARCH[process.arch] ?? process.arch} ${process.platform}). Train on a runner of that target and pass its profile with 'pgo-profile'`
    );
  }
  return { pgo: { kind: "train", lines: train }, benchmark };
}

// src/pgo/phase.ts
var BENCH_ROUNDS = 5;
async function preparePgo(o) {
  const { logger, mode } = o;
  const major = rustcLlvmMajor(o.toolchain.versionText);
  const workDir = path17.join(o.tempDir, "rust-optimize-pgo", shortSha256(o.projectId));
  const tool = mode.kind === "train" ? await findProfdata(o, major) : null;
  const workDirOf = (triple) => path17.join(workDir, triple);
  const profileOf = (triple) => mode.kind === "train" ? path17.join(workDirOf(triple), "merged.profdata") : mode.path;
  const keyPart = mode.kind === "train" ? { train: mode.lines.map((l) => l.argv) } : { profile: await sha256File(mode.path) };
  const cycles = /* @__PURE__ */ new Map();
  let missing = null;
  let comparisons = null;
  let clock = "cpu";
  return {
    flagsFor: (triple) => useFlags(profileOf(triple)),
    profiles: () => mode.kind === "train" ? [...cycles.values()].map((c) => c.profile) : [mode.path],
    keyPart,
    train: async (targets, buildWith) => {
      if (mode.kind !== "train" || tool === null) return;
      const profdata = tool;
      for (const triple of targets) {
        const cycle = await runPgoCycle({
          lines: mode.lines,
          cwd: o.cwd,
          workDir: workDirOf(triple),
          tool: profdata,
          rustcMajor: major,
          rustup: o.toolchain.rustup,
          env: o.env,
          buildInstrumented: async (flags, targetDir) => (await buildWith(triple, flags, targetDir)).map((a) => a.path),
          log: (m) => logger.info(m),
          group: (name, fn) => logger.group(`${name} ${triple}`, fn)
        });
        cycles.set(triple, cycle);
      }
    },
    check: (diagnostics) => {
      const result = checkUseDiagnostics(
        diagnostics,
        [...cycles.values()].map((c) => c.profile).concat(mode.kind === "profile" ? [mode.path] : [])
      );
      if (result.ignored !== null) {
        throw new Error(
          `PGO: rustc ignored the profile ("${result.ignored}"), so the build would not be profile-guided. ${mode.kind === "profile" ? "Input 'pgo-profile' must be a profile merged by an llvm-profdata that matches rustc's LLVM version." : "The merged profile is unreadable for this rustc."}`
        );
      }
      missing = result.missingFunctions;
      logger.info(`PGO: rustc found no profile data for ${missing} function(s) of the build`);
    },
    benchmark: async (buildPlain, all) => {
      const measured = await benchmarkPgo(o, path17.join(workDir, "without-pgo"), buildPlain, all);
      if (measured !== null) ({ clock, comparisons } = measured);
    },
    report: () => pgoReport({ mode, cycles, missing, comparisons, clock, tool })
  };
}
async function findProfdata(o, major) {
  const tool = await locateProfdata({
    major,
    sysroot: o.toolchain.sysroot,
    host: o.toolchain.host,
    rustup: o.toolchain.rustup,
    cwd: o.cwd,
    env: { ...o.env, ...o.toolchain.env },
    log: (m) => o.logger.info(m)
  });
  o.logger.info(
    `llvm-profdata: ${tool.path} (LLVM ${tool.major ?? "?"}, from ${tool.origin}; rustc's LLVM ${major ?? "?"})`
  );
  if (!tool.matches)
    o.logger.warning(
      `llvm-profdata ${tool.path} is LLVM ${tool.major ?? "?"} while rustc uses LLVM ${major ?? "?"}; it may not read rustc's raw profiles`
    );
  return tool;
}
async function benchmarkPgo(o, plainDir, buildPlain, all) {
  const first = all.find((a) => runnableHere(a.target));
  if (o.benchmark.length === 0 || first === void 0) return null;
  const built = all.filter((a) => a.target === first.target);
  try {
    const plain = (await buildPlain(plainDir)).filter((a) => a.target === first.target);
    if (plain.length === 0) return null;
    const timings = await o.logger.group(
      "PGO: benchmark",
      () => timeCandidates({
        input: "benchmark",
        lines: o.benchmark,
        candidates: [
          { name: "pgo", binDir: path17.dirname(built[0].path) },
          { name: "plain", binDir: path17.dirname(plain[0].path) }
        ],
        rounds: BENCH_ROUNDS,
        cwd: o.cwd,
        env: o.env
      })
    );
    const comparisons = compareTimes(
      o.benchmark.map((l) => l.text),
      timings.seconds.pgo,
      timings.seconds.plain
    );
    for (const c of comparisons) o.logger.info(`benchmark '${c.line}': ${describeComparison(c)}`);
    return { clock: timings.clock, comparisons };
  } finally {
    rmSync3(plainDir, { recursive: true, force: true });
  }
}
function pgoReport(d) {
  const lines2 = ["**Profile-guided optimization**", ""];
  for (const [triple, cycle] of d.cycles) {
    const on = d.cycles.size > 1 ? ` (\`${triple}\`)` : "";
    const trained = cycle.trained.map((t) => `\`${t.line}\` (${t.seconds.toFixed(2)} s)`);
    lines2.push(
      `- Trained${on} with ${trained.length} command(s): ${trained.join(", ")}; merged ${cycle.rawProfiles} raw profile(s) with ${d.tool?.path ?? "llvm-profdata"}.`
    );
    const s = cycle.stats;
    if (s.functions !== null)
      lines2.push(
        `- The profile${on} holds ${s.functions} function(s)${s.executed === null ? "" : `, ${s.executed} of them executed in training`}.`
      );
  }
  if (d.mode.kind === "profile")
    lines2.push(`- Built with the profile \`${d.mode.path}\` (input \`pgo-profile\`), no training.`);
  if (d.missing !== null)
    lines2.push(`- rustc found no profile data for ${d.missing} function(s) of the build.`);
  if (d.comparisons !== null) {
    lines2.push(
      "",
      `| benchmark | ${d.clock === "cpu" ? "CPU" : "wall"} time with PGO / without (median of ${BENCH_ROUNDS} interleaved rounds, range) |`,
      "|---|---|"
    );
    for (const c of d.comparisons) lines2.push(`| \`${c.line}\` | ${describeComparison(c)} |`);
  }
  lines2.push("");
  return lines2;
}

// src/report/job-key.ts
var RUNNER_OS = { linux: "Linux", macos: "macOS", windows: "Windows", other: "other" };
var RUNNER_ARCH = { x86_64: "X64", aarch64: "ARM64", i686: "X86" };
var sorted = (list) => [...new Set(list)].sort().join(",");
function defaultJobKey(input) {
  const { env } = input;
  const arch = parseTriple(input.host).arch;
  const parts = [
    env.GITHUB_JOB || "job",
    env.RUNNER_OS || RUNNER_OS[runnerOs(input.host)],
    env.RUNNER_ARCH || (RUNNER_ARCH[arch] ?? arch),
    ...[...input.targets].sort(),
    `preset=${input.preset}`
  ];
  if (input.features.length > 0) parts.push(`features=${sorted(input.features)}`);
  if (input.allFeatures) parts.push("all-features");
  if (input.noDefaultFeatures) parts.push("no-default-features");
  if (input.packages.length > 0) parts.push(`package=${sorted(input.packages)}`);
  if (input.bins.length > 0) parts.push(`bin=${sorted(input.bins)}`);
  if (input.toolchain !== null && input.toolchain !== "") parts.push(`toolchain=${input.toolchain}`);
  return parts.join(" ");
}
function jobKey(commentKey, input) {
  return commentKey !== "" ? commentKey : defaultJobKey(input);
}

// src/tune/wire.ts
import os3 from "node:os";

// src/tune/phase.ts
import { mkdirSync as mkdirSync4, mkdtempSync as mkdtempSync2, rmSync as rmSync5 } from "node:fs";
import os2 from "node:os";
import path19 from "node:path";

// src/tune/bench-run.ts
var BenchmarkFailed = class extends Error {
  constructor(line, candidate, detail) {
    super(
      `Input 'benchmark': the line '${line.text}' failed with the artifacts of candidate '${candidate}' first on PATH: ${detail}. Every line must exit with 0.`
    );
    this.name = "BenchmarkFailed";
  }
};
async function runBenchmarkLines(o) {
  const env = commandEnv(o.env, o.binDir);
  const times = [];
  for (const [i, line] of o.lines.entries()) {
    const [program, ...args] = line.argv;
    const limit = o.limits?.[i];
    const cpuBefore = childCpuSeconds();
    const wallBefore = process.hrtime.bigint();
    let result;
    try {
      result = await run(program, args, {
        cwd: o.cwd,
        env,
        onStdoutLine: () => void 0,
        timeoutMs: limit === void 0 ? void 0 : Math.ceil(limit * 1e3)
      });
    } catch (error2) {
      throw new BenchmarkFailed(line, o.candidate, error2.message);
    }
    const wall = Number(process.hrtime.bigint() - wallBefore) / 1e9;
    if (result.code !== 0 || result.signal) {
      const tail3 = result.stderr.trim().split("\n").slice(-5).join("\n");
      const how = limit !== void 0 && wall >= limit ? `it did not finish within ${limit.toFixed(0)} s (stopped)` : result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
      throw new BenchmarkFailed(
        line,
        o.candidate,
        `${how}${tail3 === "" ? "" : `, stderr:
${tail3}
`}`
      );
    }
    const cpuAfter = childCpuSeconds();
    times.push(
      cpuBefore === null || cpuAfter === null ? { seconds: wall, cpu: false, wall } : { seconds: cpuAfter - cpuBefore, cpu: true, wall }
    );
  }
  return times;
}

// src/tune/order.ts
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 1831565813 >>> 0;
    let t = s;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function seedOf(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}
var DEFAULT_SEED = 24301;
function runSeed(env) {
  const id = env.GITHUB_RUN_ID ?? "";
  return id === "" ? DEFAULT_SEED : seedOf(`${id}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`);
}
function roundOrder(count, round, seed) {
  const random = prng(seedOf(`${seed >>> 0}:${round}`));
  const order = [...Array(count).keys()];
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

// src/tune/ship.ts
import { chmodSync, copyFileSync as copyFileSync2, mkdirSync as mkdirSync3, mkdtempSync, rmSync as rmSync4, statSync as statSync2 } from "node:fs";
import path18 from "node:path";
function keepFiles(artifacts, parent) {
  const dir = mkdtempSync(path18.join(parent, "rust-optimize-tune-winner-"));
  const kept = artifacts.map((a, i) => {
    const to = path18.join(dir, String(i), path18.basename(a.path));
    mkdirSync3(path18.dirname(to));
    copyFileSync2(a.path, to);
    return { ...a, path: to };
  });
  return { dir, artifacts: kept };
}
function dropFiles(kept) {
  if (kept) rmSync4(kept.dir, { recursive: true, force: true });
}
function swapsFor(shipped, measured) {
  const byKey = new Map(measured.map((m) => [`${m.kind}:${artifactKey(m)}`, m]));
  const swaps = [];
  for (const s of shipped) {
    const m = byKey.get(`${s.kind}:${artifactKey(s)}`);
    if (m !== void 0 && m.sha256 !== s.sha256) swaps.push({ shipped: s, measured: m });
  }
  return swaps;
}
function swapNote(swaps, winner) {
  if (swaps.length === 0) return null;
  const each = swaps.map(
    (s) => `${s.shipped.name} (${s.shipped.target}): ${s.measured.size} bytes, the rebuild ${s.shipped.size}`
  ).join("; ");
  return `Shipped as measured: the rebuild in your target directory differed from candidate '${winner}' (its path is compiled in), so the candidate's own files were put in its place. ${each}.`;
}
async function shipMeasured(shipped, swaps) {
  const out = [];
  for (const a of shipped) {
    const swap = swaps.find((s) => s.shipped === a);
    if (swap === void 0) {
      out.push(a);
      continue;
    }
    const mode = statSync2(a.path).mode;
    copyFileSync2(swap.measured.path, a.path);
    chmodSync(a.path, mode);
    out.push({ ...a, size: statSync2(a.path).size, sha256: await sha256File(a.path) });
  }
  return out;
}
function swapInWinner(kept, winner, notes) {
  return async (built) => {
    const swaps = swapsFor(built, kept.artifacts);
    const note = swapNote(swaps, winner);
    if (note !== null) notes.push(note);
    return shipMeasured(built, swaps);
  };
}
function shippedNote(shipped, kept, winner, why) {
  const left = swapsFor(shipped, kept.artifacts);
  if (left.length === 0) return null;
  const each = left.map(
    (s) => `${s.shipped.name} (${s.shipped.target}) ${s.shipped.size} bytes, measured ${s.measured.size}`
  ).join("; ");
  const because = why === null ? "" : ` (${why})`;
  return `The shipped files are not candidate '${winner}''s own bytes${because}: ${each}.`;
}

// src/tune/phase.ts
var MAX_ROUNDS = 30;
var TIME_BUDGET_SECONDS = 300;
async function buildCandidates(o, root, log, afterBuild) {
  const built = [];
  for (const [i, candidate] of o.candidates.entries()) {
    const start = process.hrtime.bigint();
    let artifacts;
    try {
      artifacts = await o.build(candidate, path19.join(root, `candidate-${i}`));
    } catch (error2) {
      if (i === 0 || !(error2 instanceof BuildFailed)) throw error2;
      const why = `candidate '${candidate.name}' left out: it failed to build (${error2.message.split("\n")[0]})`;
      o.logger.warning(`tune: ${why}`);
      o.notes.push(why);
      continue;
    }
    const buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const size = artifacts.reduce((s, a) => s + a.size, 0);
    log.push(
      `${candidate.name}: ${artifacts.length} artifact(s), ${size} bytes, built in ${buildSeconds.toFixed(1)} s`
    );
    built.push({ candidate, artifacts, buildSeconds });
    await afterBuild(built[built.length - 1]);
  }
  return built;
}
function binDir(b, host) {
  const mine = b.artifacts.filter((a) => a.target === host);
  const file = mine.find((a) => a.kind === "bin") ?? mine[0];
  if (file === void 0) {
    throw new Error(
      `Input 'tune' is 'speed', but candidate '${b.candidate.name}' built no artifact for the host target ${host} to run the benchmark with`
    );
  }
  return path19.dirname(file.path);
}
var SHORT_RUN_SECONDS = 0.5;
var MIN_LINE_LIMIT_SECONDS = 60;
async function benchOnce(o, b, limits) {
  const times = await runBenchmarkLines({
    lines: o.benchmark,
    binDir: binDir(b, o.host),
    cwd: o.cwd,
    env: o.env,
    candidate: b.candidate.name,
    limits
  });
  return {
    seconds: times.reduce((s, t) => s + t.seconds, 0),
    lines: times.map((t) => t.seconds),
    walls: times.map((t) => t.wall),
    cpu: times.every((t) => t.cpu)
  };
}
async function timeRounds(o, built, limits) {
  let clock = "cpu";
  const perLine = o.benchmark.map(
    () => Object.fromEntries(built.map((b) => [b.candidate.name, []]))
  );
  const once = async (i) => {
    const t = await benchOnce(o, built[i], limits);
    if (!t.cpu) clock = "wall";
    t.lines.forEach((seconds, l) => perLine[l][built[i].candidate.name].push(seconds));
    return t.seconds;
  };
  const control = built[0].candidate.name;
  const timings = Object.fromEntries(built.map((b) => [b.candidate.name, []]));
  const seed = runSeed(o.env);
  o.logger.info(`round order: shuffled per round, seed ${seed}; ${control} runs ${CONTROL_RUNS}\xD7`);
  o.notes.push(
    `Each round ran the candidates in a shuffled order (seed ${seed}), ${control} ${CONTROL_RUNS} times.`
  );
  const start = process.hrtime.bigint();
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    for (const slot of roundOrder(built.length + CONTROL_RUNS - 1, round, seed)) {
      const i = slot < built.length ? slot : 0;
      timings[built[i].candidate.name].push(await once(i));
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    if (round < MIN_ROUNDS) continue;
    if (settled(decideSpeed(timings, control, { minGain: o.minGain }), control)) {
      o.logger.info(`ranking settled after ${round} rounds`);
      break;
    }
    if (elapsed + elapsed / round > TIME_BUDGET_SECONDS) {
      o.logger.info(`time budget reached after ${round} rounds (${elapsed.toFixed(0)} s)`);
      break;
    }
  }
  return { timings, perLine, clock };
}
function sizeOf(b) {
  return b.artifacts.reduce((s, a) => s + a.size, 0);
}
function sizeOutcome(o, built) {
  const winner = built.reduce((best, b) => sizeOf(b) < sizeOf(best) ? b : best);
  const measured = built.map((b) => ({ ...b, size: sizeOf(b), time: null }));
  return {
    mode: "size",
    measured,
    winner: winner.candidate,
    decision: null,
    clock: "cpu",
    notes: o.notes
  };
}
async function warmUp(o, built, limits) {
  const kept = [];
  for (const [i, b] of built.entries()) {
    try {
      const t = await benchOnce(o, b, limits);
      o.logger.info(`${b.candidate.name}: warm-up run ${t.seconds.toFixed(2)} s`);
      kept.push(b);
    } catch (error2) {
      if (i === 0 || !(error2 instanceof BenchmarkFailed)) throw error2;
      const why = `candidate '${b.candidate.name}' left out: ${error2.message}`;
      o.logger.warning(`tune: ${why}`);
      o.notes.push(why);
    }
  }
  return kept;
}
async function speedOutcome(o, all, limits) {
  const built = await warmUp(o, all, limits);
  const control = built[0].candidate.name;
  const { timings, perLine, clock } = built.length > 1 ? await timeRounds(o, built, limits) : { timings: { [control]: [] }, perLine: [], clock: "cpu" };
  const decision = decideSpeed(timings, control, { minGain: o.minGain });
  for (const e of decision.estimates)
    o.logger.info(
      `${e.name}: median ${e.time.toFixed(3)} s, ratio ${e.ratio.toFixed(3)} (${e.low?.toFixed(3)}\u2013${e.high?.toFixed(3)})`
    );
  const winner = built.find((b) => b.candidate.name === decision.winner);
  const base = timings[control].length > 0 ? median(timings[control]) : null;
  if (clock === "cpu" && base !== null && base < SHORT_RUN_SECONDS)
    o.notes.push(
      `A benchmark round of ${control} took ${base.toFixed(2)} s of CPU time, counted in 10 ms ticks: lines that run for a second or more compare more finely.`
    );
  return {
    mode: "speed",
    measured: built.map((b) => ({
      ...b,
      size: sizeOf(b),
      time: timings[b.candidate.name].length > 0 ? median(timings[b.candidate.name]) : null
    })),
    winner: winner.candidate,
    decision,
    clock,
    notes: [...o.notes, ...lineNotes(o.benchmark, perLine, control, decision.winner)]
  };
}
async function runTune(o) {
  const parent = o.tempRoot || os2.tmpdir();
  mkdirSync4(parent, { recursive: true });
  const root = mkdtempSync2(path19.join(parent, "rust-optimize-tune-"));
  try {
    const log = [];
    let limits = [];
    const check = async (b) => {
      if (o.mode !== "speed" || b.candidate !== o.candidates[0]) return;
      const t = await benchOnce(o, b);
      limits = t.walls.map((w) => Math.max(MIN_LINE_LIMIT_SECONDS, 10 * w));
    };
    const built = await buildCandidates(o, root, log, check);
    const outcome = await o.logger.group(
      o.mode === "size" ? "Tune: sizes" : "Tune: benchmark",
      async () => {
        for (const line of log) o.logger.info(line);
        return o.mode === "size" ? sizeOutcome(o, built) : speedOutcome(o, built, limits);
      }
    );
    const won = built.find((b) => b.candidate === outcome.winner);
    return { ...outcome, kept: keepFiles(won.artifacts, parent) };
  } finally {
    rmSync5(root, { recursive: true, force: true });
  }
}

// src/tune/wire.ts
async function trainPreset(o, ctx, train) {
  await train.run.train([o.host], (triple, more, targetDir) => {
    const instrumented = realize(PRESET_SPEC, {
      ...ctx,
      rustflags: (t, cpu, own) => ctx.rustflags(t, cpu, [...own, ...more])
    });
    return buildAll({
      settings: o.settings,
      project: o.project,
      targets: [triple],
      envFor: (t) => o.envOf(instrumented.plan, instrumented.flags, t),
      profileArgs: instrumented.plan.cliArgs,
      targetDir,
      logger: o.logger,
      label: "PGO: instrumented build of candidate 'preset'",
      // Failing here fails the step, as PGO's own instrumented build does.
      annotate: true,
      breakdown: false
    });
  });
  const [profile] = train.run.profiles();
  return profile;
}
function pgoResult(o, shipped) {
  if (!o.pgoTrain) return shipped === null ? null : { profiles: [shipped], report: [] };
  const lines2 = o.pgoTrain.run.report().filter((l, i, all) => l !== "" || i < all.length - 1);
  lines2.push(
    shipped === null ? "- Trained for the `tune: speed` candidate 'preset with PGO', which did not ship: the shipped build is not profile-guided." : "- Trained for the `tune: speed` candidate 'preset with PGO', which won: the shipped build is profile-guided.",
    ""
  );
  return { profiles: shipped === null ? [] : [shipped], report: lines2 };
}
async function tunePhase(o) {
  const mode = o.tune.mode;
  if (mode === "none") throw new Error("tunePhase called without tune");
  if (mode === "speed" && !o.targets.includes(o.host)) {
    throw new Error(
      `Input 'tune' is 'speed', which runs the benchmark on this machine, but 'targets' (${o.targets.join(", ")}) does not include the host ${o.host}; expected the host among the targets, or 'tune: size'`
    );
  }
  const ctx = {
    user: o.user,
    merge: o.merge,
    triples: o.targets,
    rustflags: o.rustflags,
    cpuAsSet: o.cpuAsSet
  };
  const measureCtx = { ...ctx, merge: { ...o.merge, forced: void 0, forcedNote: void 0 } };
  const buildTargets = mode === "speed" ? [o.host] : o.targets;
  const lock = protectLockfile(o.project.workspaceRoot);
  try {
    const specs = mode === "size" ? sizeCandidates(o.preset, o.cpuVaries) : speedCandidates(o.preset, o.cpuVaries);
    if (mode === "speed" && o.pgoTrain)
      specs.push(pgoCandidate(await trainPreset(o, measureCtx, o.pgoTrain), o.pgoTrain.lines));
    else if (mode === "speed" && o.pgoProfile) specs.push(pgoCandidate(o.pgoProfile));
    const { candidates, dropped } = realizeCandidates(specs, measureCtx);
    const notes = dropped.map(
      (d) => `candidate '${d.name}' left out: it builds the same as '${d.sameAs}'`
    );
    if (mode === "speed" && !o.pgoProfile && !o.pgoTrain)
      notes.push(
        "No PGO candidate: set 'pgo-train' (to train in this run) or 'pgo-profile' (a merged profile) to add one."
      );
    for (const n of notes) o.logger.info(n);
    const outcome = await runTune({
      mode,
      candidates,
      benchmark: o.benchmark,
      host: o.host,
      cwd: o.settings.workingDirectory,
      env: o.runEnv,
      tempRoot: o.runEnv.RUNNER_TEMP ?? os3.tmpdir(),
      notes,
      minGain: o.tune.minGain,
      logger: o.logger,
      build: (c, targetDir) => buildAll({
        settings: o.settings,
        project: o.project,
        targets: buildTargets,
        envFor: (t) => o.envOf(c.plan, c.flags, t),
        profileArgs: c.plan.cliArgs,
        targetDir,
        logger: o.logger,
        label: `Candidate '${c.name}':`,
        // A candidate that fails to build is left out: its errors are logged, not annotated.
        annotate: false,
        // Candidates are compared by total size; the winner is measured when it is rebuilt.
        breakdown: false
      })
    });
    const shipped = realize(outcome.winner.spec, ctx);
    const pgoProfile = outcome.winner.spec.pgoProfile ?? null;
    return {
      outcome,
      plan: shipped.plan,
      flags: shipped.flags,
      pgoProfile,
      pgo: pgoResult(o, pgoProfile)
    };
  } finally {
    lock.restore();
  }
}

// src/supply/checksums.ts
import { mkdirSync as mkdirSync5, writeFileSync as writeFileSync2 } from "node:fs";
import path20 from "node:path";
function checksumsPath(targetDirectory) {
  return path20.join(targetDirectory, "rust-optimize", "SHA256SUMS");
}
function builtTargetDirectory(artifacts, metadataTargetDirectory) {
  const dirs = new Set(
    artifacts.map((a) => {
      const tripleDir = path20.dirname(path20.dirname(a.path));
      return path20.basename(tripleDir) === a.target ? path20.dirname(tripleDir) : null;
    })
  );
  const [only] = [...dirs];
  return dirs.size === 1 && only !== null ? only : metadataTargetDirectory;
}
function checksumLine(dir, file) {
  const name = path20.relative(dir, file.path).split(path20.sep).join("/");
  if (!/[\\\n\r]/.test(name)) return `${file.sha256}  ${name}`;
  const escaped = name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  return `\\${file.sha256}  ${escaped}`;
}
function checksumsText(dir, files) {
  const seen = /* @__PURE__ */ new Set();
  const lines2 = [];
  for (const f of files) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    lines2.push(checksumLine(dir, f));
  }
  return lines2.map((l) => `${l}
`).join("");
}
function writeChecksums(targetDirectory, files) {
  const file = checksumsPath(targetDirectory);
  mkdirSync5(path20.dirname(file), { recursive: true });
  writeFileSync2(file, checksumsText(path20.dirname(file), files));
  return file;
}

// src/supply/metadata.ts
var ShippedUnits = class {
  #units = /* @__PURE__ */ new Map();
  #owners = /* @__PURE__ */ new Map();
  observe(msg, triple) {
    const unit = targetUnit(msg, tripleDirName(triple));
    if (unit === null) return;
    const set = this.#units.get(triple) ?? /* @__PURE__ */ new Set();
    set.add(unit.packageId);
    this.#units.set(triple, set);
    for (const f of unit.files) this.#owners.set(f, unit.packageId);
  }
  unitsOf(triple) {
    return this.#units.get(triple) ?? /* @__PURE__ */ new Set();
  }
  packageOf(file) {
    return this.#owners.get(file);
  }
};
function metadataArgs(s, triple) {
  const args = ["metadata", "--format-version", "1", "--filter-platform", triple, "--offline"];
  if (s.manifestPath !== null) args.push("--manifest-path", s.manifestPath);
  if (s.features.length > 0) args.push("--features", s.features.join(","));
  if (s.allFeatures) args.push("--all-features");
  if (s.noDefaultFeatures) args.push("--no-default-features");
  if (s.locked) args.push("--locked");
  return [...args, ...configArgs(s.cargoArgs)];
}
var TargetMetadata = class {
  constructor(settings, env) {
    this.settings = settings;
    this.env = env;
  }
  settings;
  env;
  #read = /* @__PURE__ */ new Map();
  of(triple) {
    let meta = this.#read.get(triple);
    if (meta === void 0) {
      meta = this.#run(triple);
      this.#read.set(triple, meta);
    }
    return meta;
  }
  async #run(triple) {
    const args = metadataArgs(this.settings, triple);
    const result = await run("cargo", args, { cwd: this.settings.workingDirectory, env: this.env });
    if (result.code !== 0) throw new ExecError(["cargo", ...args].join(" "), result);
    return JSON.parse(result.stdout);
  }
};
function unknownPackage(input, file) {
  return new Error(
    `${input}: cannot tell which package ${file} was built from (cargo reported no unit that wrote it)`
  );
}

// src/supply/auditable.ts
import { chmodSync as chmodSync2, mkdtempSync as mkdtempSync3, renameSync, rmSync as rmSync6, statSync as statSync3, writeFileSync as writeFileSync3 } from "node:fs";
import os4 from "node:os";
import path21 from "node:path";
import { deflateSync } from "node:zlib";

// src/supply/dep-v0.ts
var DEP_V0_FORMAT = 1;
function depV0Source(source) {
  if (source === null || source.startsWith("path+")) return "local";
  if (fromCratesIo(source)) return "crates.io";
  if (source.startsWith("git+")) return "git";
  return "registry";
}
function depV0(meta, rootId, units) {
  const linked = linkedGraph(meta, rootId, units);
  if (linked === null) return null;
  const packages = new Map(meta.packages.map((p) => [p.id, p]));
  const all = walkResolve(meta, rootId, (d) => d.dep_kinds.some((k) => k.kind !== "dev"));
  const ids = [...all.keys()].filter((id) => packages.has(id));
  const pkg = (id) => packages.get(id);
  const key2 = (id) => [pkg(id).name, pkg(id).version, depV0Source(pkg(id).source), id];
  ids.sort((a, b) => {
    const [x, y] = [key2(a), key2(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = ids.map((id) => {
    const p = pkg(id);
    const entry = { name: p.name, version: p.version, source: depV0Source(p.source) };
    if (!linked.edges.has(id)) entry.kind = "build";
    const deps = all.get(id).flatMap(
      (d) => index.has(d) ? [index.get(d)] : []
    );
    if (deps.length > 0) entry.dependencies = [...new Set(deps)].sort((a, b) => a - b);
    if (id === rootId) entry.root = true;
    return entry;
  });
  return { packages: out, format: DEP_V0_FORMAT };
}

// src/supply/auditable.ts
var DEP_V0_SECTION = ".dep-v0";
function embedArgs(data, input, output2) {
  return [
    `--remove-section=${DEP_V0_SECTION}`,
    `--add-section=${DEP_V0_SECTION}=${data}`,
    input,
    output2
  ];
}
async function embedDependencyLists(o) {
  const tools = /* @__PURE__ */ new Map();
  const scratch = mkdtempSync3(path21.join(os4.tmpdir(), "rust-optimize-dep-v0-"));
  try {
    const out = [];
    for (const a of o.artifacts) {
      if (a.kind === "staticlib") {
        o.logger.info(
          `auditable: ${a.target}/${a.name} is a static library: no list (a section in an archive does not reach the program that links it)`
        );
        out.push({ ...a, auditable: null });
        continue;
      }
      if (symbolFamily(a.target) !== "elf")
        throw new Error(
          `auditable: ${a.target} does not build ELF files; ${a.name} cannot carry a ${DEP_V0_SECTION} section`
        );
      const id = o.units.packageOf(a.path);
      const list = id === void 0 ? null : depV0(await o.metadata.of(a.target), id, o.units.unitsOf(a.target));
      if (list === null) throw unknownPackage("auditable", a.path);
      if (!tools.has(a.target)) tools.set(a.target, await findObjcopy(a.target, o.host, o.env));
      const tool = tools.get(a.target) ?? null;
      if (tool === null)
        throw new Error(
          `auditable: no objcopy for ${a.target}: neither the toolchain's rust-objcopy nor binutils' objcopy runs`
        );
      const data = path21.join(scratch, `${out.length}.z`);
      const compressed = deflateSync(JSON.stringify(list), { level: 9 });
      writeFileSync3(data, compressed);
      const temp = path21.join(path21.dirname(a.path), `.${path21.basename(a.path)}.dep-v0`);
      const mode = statSync3(a.path).mode;
      try {
        await runTool(tool, embedArgs(data, a.path, temp), path21.dirname(a.path));
        chmodSync2(temp, mode);
        renameSync(temp, a.path);
      } catch (error2) {
        rmSync6(temp, { force: true });
        throw new Error(`auditable: ${a.target}/${a.name}: ${error2.message}`, {
          cause: error2
        });
      }
      const build = list.packages.filter((p) => p.kind === "build").length;
      const crates = list.packages.length - 1;
      o.logger.info(
        `auditable: ${a.target}/${a.name}: ${crates} crates (${build} build-time) in ${DEP_V0_SECTION}, ${compressed.length} bytes (${path21.basename(tool.program)})`
      );
      out.push({
        ...a,
        size: statSync3(a.path).size,
        sha256: await sha256File(a.path),
        auditable: { crates, build, bytes: compressed.length }
      });
    }
    return out;
  } finally {
    rmSync6(scratch, { recursive: true, force: true });
  }
}

// src/supply/sbom.ts
import { createHash as createHash2 } from "node:crypto";
import { writeFileSync as writeFileSync4 } from "node:fs";
async function writeSboms(o) {
  const { cyclonedxJson } = await import("./cyclonedx-F5QKZNRX.js");
  const out = [];
  for (const a of o.artifacts) {
    const meta = await o.metadata.of(a.target);
    const id = o.units.packageOf(a.path);
    const graph = id === void 0 ? null : linkedGraph(meta, id, o.units.unitsOf(a.target));
    if (graph === null) throw unknownPackage("sbom", a.path);
    const file = `${a.path}.cdx.json`;
    const text = cyclonedxJson(a, graph, meta.workspace_root);
    writeFileSync4(file, text);
    o.logger.info(`sbom: ${a.target}/${a.name}: ${graph.crates.length} linked crates, ${file}`);
    const sha256 = createHash2("sha256").update(text).digest("hex");
    out.push({ ...a, sbom: { path: file, crates: graph.crates.length, sha256 } });
  }
  return out;
}

// src/supply/phase.ts
async function supplyChain(c, units, shipped) {
  const { logger, settings } = c;
  const metadata = new TargetMetadata(settings, c.baseEnv);
  let built = shipped;
  if (settings.auditable) {
    const lists = { units, metadata, host: c.toolchain.host, env: c.baseEnv, logger };
    built = await logger.group(
      "Dependency lists (auditable)",
      () => embedDependencyLists({ artifacts: built, ...lists })
    );
  }
  if (settings.sbom)
    built = await logger.group(
      "SBOM",
      () => writeSboms({ artifacts: built, units, metadata, logger })
    );
  return built;
}

// src/phases/prepare.ts
import os5 from "node:os";

// src/cargo/rustflags.ts
function setsCpu(flags) {
  return flags.some((f) => /target-(cpu|feature)=/.test(f));
}
function wantedCpu(targetCpu, preset, triple) {
  switch (targetCpu.mode) {
    case "none":
      return null;
    case "cpu":
      return targetCpu.cpu;
    case "map": {
      const cpu = targetCpu.perTarget[triple];
      if (cpu === "none") return null;
      return cpu === void 0 || cpu === "auto" ? autoTargetCpu(preset, triple) : cpu;
    }
    default:
      return autoTargetCpu(preset, triple);
  }
}
function usesAuto(targetCpu, triple) {
  if (targetCpu.mode === "auto") return true;
  if (targetCpu.mode !== "map") return false;
  const cpu = targetCpu.perTarget[triple];
  return cpu === void 0 || cpu === "auto";
}
var SEP = "";
var words3 = (s) => (s ?? "").split(/\s+/).filter((w) => w !== "");
function planRustflags(input) {
  const { env, triple } = input;
  let placement;
  let userFlags;
  if (env.CARGO_ENCODED_RUSTFLAGS !== void 0) {
    placement = "CARGO_ENCODED_RUSTFLAGS";
    userFlags = env.CARGO_ENCODED_RUSTFLAGS === "" ? [] : env.CARGO_ENCODED_RUSTFLAGS.split(SEP);
  } else if (env.RUSTFLAGS !== void 0) {
    placement = "RUSTFLAGS";
    userFlags = words3(env.RUSTFLAGS);
  } else if (input.configSource === "target") {
    placement = "CARGO_TARGET_RUSTFLAGS";
    userFlags = input.configFlags ?? words3(env[targetEnvName(triple, "RUSTFLAGS")]);
  } else {
    placement = "CARGO_BUILD_RUSTFLAGS";
    userFlags = input.configFlags ?? words3(env.CARGO_BUILD_RUSTFLAGS);
  }
  let cpu = input.cpu;
  let cpuSkipped = null;
  if (cpu !== null && setsCpu([...userFlags, ...input.extra])) {
    cpuSkipped = `your rustflags already set ${[...userFlags, ...input.extra].find((f) => /target-(cpu|feature)=/.test(f))}`;
    cpu = null;
  }
  const added = [...cpu !== null ? ["-C", `target-cpu=${cpu}`] : [], ...input.extra];
  const result = {};
  if (added.length > 0) {
    switch (placement) {
      case "CARGO_ENCODED_RUSTFLAGS":
      case "RUSTFLAGS":
        result.CARGO_ENCODED_RUSTFLAGS = [...userFlags, ...added].join(SEP);
        break;
      case "CARGO_TARGET_RUSTFLAGS": {
        const name = targetEnvName(triple, "RUSTFLAGS");
        result[name] = [...words3(env[name]), ...added].join(" ");
        break;
      }
      default:
        result.CARGO_BUILD_RUSTFLAGS = [...words3(env.CARGO_BUILD_RUSTFLAGS), ...added].join(" ");
    }
  }
  return { triple, added, cpu, cpuSkipped, placement, env: result, userFlags };
}

// src/breakdown/setup.ts
import { constants } from "node:fs";
import { access, writeFile as writeFile4 } from "node:fs/promises";
import path23 from "node:path";

// src/breakdown/native-wrapper.ts
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync8 } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import path22 from "node:path";
var SOURCE = `// rust-optimize: adds a linker map to the links of this workspace's artifacts (size-breakdown).
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
`;
function nativeWrapperSource() {
  return SOURCE;
}
function nativeWrapperName(source, rustcVersion) {
  const hash = createHash3("sha256").update(source).update("\0").update(rustcVersion).digest("hex");
  return `rust-optimize-rustc-wrapper-${hash.slice(0, 16)}`;
}
function nativeWrapperDir(dir, env) {
  return env.RUNNER_TOOL_CACHE ? path22.join(env.RUNNER_TOOL_CACHE, "rust-optimize", "rustc-wrapper") : dir;
}
async function nativeWrapper(o) {
  const source = nativeWrapperSource();
  const file = path22.join(o.dir, nativeWrapperName(source, o.rustcVersion));
  if (existsSync8(file)) return { file, compiled: false };
  try {
    await mkdir2(o.dir, { recursive: true });
  } catch (error2) {
    return { file: null, reason: error2.message };
  }
  const partial = `${file}.${process.pid}.partial`;
  const sourceFile = `${partial}.rs`;
  try {
    await writeFile3(sourceFile, source);
    const args = ["--edition", "2021", "--crate-name", "rust_optimize_rustc_wrapper"];
    args.push("-C", "opt-level=0", "-C", "strip=symbols", "-o", partial, sourceFile);
    const result = await run(o.rustc ?? "rustc", args, { env: o.env });
    if (result.code !== 0) {
      const last = result.stderr.trim().split("\n").slice(-3).join(" ");
      return { file: null, reason: `rustc failed (exit ${result.code}): ${last}` };
    }
    await rename2(partial, file);
    return { file, compiled: true };
  } catch (error2) {
    return { file: null, reason: error2.message };
  } finally {
    await rm2(sourceFile, { force: true });
    await rm2(partial, { force: true });
  }
}

// src/breakdown/setup.ts
var ranMarker = (file) => `${file}.ran`;
async function ranBefore(file) {
  try {
    await access(ranMarker(file));
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function markRan(file) {
  await writeFile4(ranMarker(file), "").catch(() => void 0);
}
async function chooseWrapper(o) {
  const env = { ...o.env };
  delete env[INNER_WRAPPER];
  const check = (file2) => run(file2, ["true"], { env });
  const started = Date.now();
  const native = await nativeWrapper({
    dir: nativeWrapperDir(o.dir, o.env),
    rustcVersion: o.rustcVersion,
    env: o.env
  });
  if (native.file !== null) {
    if (!native.compiled && await ranBefore(native.file)) {
      o.logger.info(`size-breakdown: link-map wrapper ${native.file} (reused, ran before)`);
      return { file: native.file, check: { code: 0, stderr: "" } };
    }
    const result = await check(native.file);
    if (result.code === 0) {
      await markRan(native.file);
      const how = native.compiled ? `compiled in ${Date.now() - started} ms` : "reused";
      o.logger.info(`size-breakdown: link-map wrapper ${native.file} (${how})`);
      return { file: native.file, check: result };
    }
    o.logger.info(`size-breakdown: the native link-map wrapper does not run; using node's`);
  } else {
    o.logger.info(`size-breakdown: no native link-map wrapper (${native.reason}); using node's`);
  }
  const file = await installWrapper(o.dir, process.execPath);
  return { file, check: await check(file) };
}
async function prepareBreakdown(o) {
  const off = { envFor: () => ({}) };
  if (!o.enabled || process.platform === "win32" || !o.targets.some(mapsTarget)) return off;
  const configured = configuredBuild(o.project.configs, "rustc-wrapper");
  if (configured !== null) {
    o.logger.warning(
      `size-breakdown: your cargo config sets ${configured}; the breakdown, which needs a compiler wrapper of its own, is left out.`
    );
    return off;
  }
  try {
    const { file, check } = await chooseWrapper({
      dir: path23.join(o.project.targetDirectory, "rust-optimize"),
      rustcVersion: o.rustcVersion,
      env: o.env,
      logger: o.logger
    });
    if (check.code !== 0) {
      o.logger.warning(
        `size-breakdown: the link-map wrapper ${file} does not run (${check.stderr.trim().split("\n").pop() ?? `exit ${check.code}`}); the breakdown is left out.`
      );
      return off;
    }
    return { envFor: (env) => wrapperEnv(file, env) };
  } catch (error2) {
    o.logger.warning(
      `size-breakdown: cannot write or run the link-map wrapper, the breakdown is left out: ${error2.message}`
    );
    return off;
  }
}
function prepareBreakdownEarly(o) {
  const held = [];
  const logger = {
    ...o.logger,
    info: (m) => held.push(() => o.logger.info(m)),
    warning: (m) => held.push(() => o.logger.warning(m))
  };
  const ready = o.project.then((project) => prepareBreakdown({ ...o, project, logger }));
  ready.catch(() => void 0);
  return async () => {
    const setup2 = await ready;
    for (const line of held.splice(0)) line();
    return setup2;
  };
}

// src/toolchain/cross.ts
import { existsSync as existsSync10 } from "node:fs";
import path25 from "node:path";

// src/toolchain/cross-linker-install.ts
async function isInstalled(exec, pkg, env) {
  const result = await exec("dpkg-query", ["-W", "-f=${Status}", pkg], { env });
  return result.code === 0 && result.stdout.trim().endsWith(" installed");
}
function tail2(text) {
  return text.trim().split("\n").slice(-8).join("\n");
}
async function installPackages(options) {
  const exec = options.exec ?? run;
  const packages = [...new Set(options.packages)];
  if (packages.length === 0) return [];
  const missing = [];
  try {
    for (const pkg of packages) if (!await isInstalled(exec, pkg, options.env)) missing.push(pkg);
  } catch {
    const absent = options.compilers.filter((c) => findOnPath(c, options.env) === null);
    if (absent.length === 0) {
      options.log(`No apt here; using ${options.compilers.join(", ")} found on PATH.`);
      return [];
    }
    throw new Error(
      `cross-linker: auto needs ${absent.join(", ")} (Debian/Ubuntu packages ${packages.join(", ")}), but this runner has no dpkg/apt-get and they are not on PATH. Install them yourself, or configure your own linker and set 'cross-linker: none'.`
    );
  }
  if (missing.length === 0) {
    options.log(`Already installed: ${packages.join(", ")}`);
    return [];
  }
  const root = options.isRoot ?? process.getuid?.() === 0;
  const apt = async (args) => {
    try {
      return root ? await exec("apt-get", args, {
        env: { ...options.env, DEBIAN_FRONTEND: "noninteractive" }
      }) : await exec("sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args], {
        env: options.env
      });
    } catch (error2) {
      throw new Error(
        `cross-linker: auto must install ${missing.join(", ")}, but could not run ${root ? "apt-get" : "sudo"} (${error2.message}). Install them yourself, or configure your own linker and set 'cross-linker: none'.`,
        { cause: error2 }
      );
    }
  };
  const install = ["install", "-y", "-q", "--no-install-recommends", ...missing];
  const how = root ? "apt-get" : "sudo apt-get";
  options.log(`${how} ${install.join(" ")}`);
  let result = await apt(install);
  if (result.code !== 0) {
    options.log(`apt-get install failed; running apt-get update and trying again`);
    const update = await apt(["update", "-q"]);
    if (update.code !== 0) options.log(`apt-get update failed:
${tail2(update.stderr)}`);
    result = await apt(install);
  }
  if (result.code !== 0) {
    throw new Error(
      `Could not install the cross toolchain packages ${missing.join(", ")} with ${how}:
${tail2(result.stderr || result.stdout)}
Install them yourself, or configure your own linker and set 'cross-linker: none'.`
    );
  }
  options.log(`Installed: ${missing.join(", ")}`);
  return missing;
}

// src/toolchain/cross-linker-plan.ts
function linkerVar(triple) {
  return targetEnvName(triple, "LINKER");
}
function configuredLinker(triple, env, configs, cfg) {
  const variable = linkerVar(triple);
  if ((env[variable] ?? "") !== "") return `environment variable ${variable}`;
  for (const config of [...configs].reverse()) {
    const targets = config.data.target;
    if (typeof targets !== "object" || targets === null) continue;
    for (const [key2, table3] of Object.entries(targets)) {
      if (typeof table3 !== "object" || table3 === null || !("linker" in table3)) continue;
      if (key2 === triple) return `target.${triple}.linker in ${config.path}`;
      if (!key2.startsWith("cfg(")) continue;
      let matches;
      try {
        matches = cfg === null || cfgMatches(key2, cfg);
      } catch {
        matches = true;
      }
      if (matches) return `target.'${key2}'.linker in ${config.path}`;
    }
  }
  return null;
}
var LINUX_GNU_CROSS = {
  "aarch64-unknown-linux-gnu": {
    multiarch: "aarch64-linux-gnu",
    libcDev: "libc6-dev-arm64-cross"
  },
  "armv7-unknown-linux-gnueabihf": {
    multiarch: "arm-linux-gnueabihf",
    libcDev: "libc6-dev-armhf-cross"
  },
  "riscv64gc-unknown-linux-gnu": {
    multiarch: "riscv64-linux-gnu",
    libcDev: "libc6-dev-riscv64-cross"
  },
  "i686-unknown-linux-gnu": {
    multiarch: "i386-linux-gnu",
    libcDev: "libc6-dev-i386-cross"
  },
  "x86_64-unknown-linux-gnu": {
    multiarch: "x86_64-linux-gnu",
    libcDev: "libc6-dev-amd64-cross"
  },
  "powerpc64le-unknown-linux-gnu": {
    multiarch: "powerpc64le-linux-gnu",
    libcDev: "libc6-dev-ppc64el-cross"
  },
  "s390x-unknown-linux-gnu": {
    multiarch: "s390x-linux-gnu",
    libcDev: "libc6-dev-s390x-cross"
  }
};
var LINUX_MUSL = ["x86_64-unknown-linux-musl", "aarch64-unknown-linux-musl"];
var LINUX_MINGW = ["x86_64-pc-windows-gnu"];
function needsNoCToolchain(target) {
  if (target.includes("emscripten")) return false;
  return /-none(-|$)/.test(target) || /^wasm(32|64)-/.test(target) || target.endsWith("-uefi");
}
function gnuSetup(target, c) {
  const prefix = gnuPrefix(target) ?? target;
  const pkg = prefix.replace(/_/g, "-");
  const l = lowerTriple(target);
  return {
    target,
    action: "setup",
    packages: [`gcc-${pkg}`, `g++-${pkg}`, c.libcDev],
    compiler: `${prefix}-gcc`,
    env: {
      [linkerVar(target)]: `${prefix}-gcc`,
      [`CC_${l}`]: `${prefix}-gcc`,
      [`CXX_${l}`]: `${prefix}-g++`,
      [`AR_${l}`]: `${prefix}-ar`,
      [`PKG_CONFIG_LIBDIR_${l}`]: `/usr/lib/${c.multiarch}/pkgconfig:/usr/share/pkgconfig`,
      [`PKG_CONFIG_SYSROOT_DIR_${l}`]: "/"
    },
    notes: []
  };
}
function unsupported(target, host, os6) {
  const served = os6 === "linux" ? [...Object.keys(LINUX_GNU_CROSS), ...LINUX_MUSL, ...LINUX_MINGW].join(", ") : os6 === "macos" ? "Apple targets (*-apple-*)" : os6 === "windows" ? "MSVC targets (*-pc-windows-msvc); *-windows-gnu and *-windows-gnullvm with MinGW-w64 on PATH" : "none";
  const l = lowerTriple(target);
  return {
    target,
    action: "unsupported",
    message: `cross-linker: auto has no C toolchain for target '${target}' on this runner (host ${host}; it serves: ${served}). Provide a linker yourself: set ${linkerVar(target)} (or target.${target}.linker in .cargo/config.toml), plus CC_${l} and AR_${l} for crates with C code, and set the input 'cross-linker: none'. Or build '${target}' on a runner that serves it.`
  };
}
function howToGet(target, llvm) {
  if (llvm)
    return "Install llvm-mingw (github.com/mstorsjo/llvm-mingw) and put its bin directory on PATH";
  const arch = parseTriple(target).arch;
  const dir = arch === "x86_64" ? "C:\\mingw64\\bin" : /^i[56]86$/.test(arch) ? "C:\\mingw32\\bin" : null;
  return dir === null ? `Install a MinGW-w64 toolchain for ${arch} and put its bin directory on PATH` : `GitHub's Windows images ship it in ${dir}; put that directory (or another MinGW-w64 bin directory) on PATH`;
}
function mingwOnPath(target) {
  const prefix = gnuPrefix(target) ?? target;
  const llvm = windowsGnu(target) === "gnullvm";
  const cc = `${prefix}-${llvm ? "clang" : "gcc"}`;
  const l = lowerTriple(target);
  const env = {
    [linkerVar(target)]: cc,
    [`CC_${l}`]: cc,
    [`CXX_${l}`]: `${prefix}-${llvm ? "clang++" : "g++"}`
  };
  if (!llvm) env[`AR_${l}`] = `${prefix}-gcc-ar`;
  return {
    target,
    action: "setup",
    packages: [],
    compiler: cc,
    env,
    notes: [],
    missing: `${target} links with MinGW-w64's ${cc}, which is not on PATH. ${howToGet(target, llvm)}, or configure your own linker and set 'cross-linker: none'.`
  };
}
function planCrossLinker(input) {
  const { target, host } = input;
  const none = (reason) => ({ target, action: "none", reason });
  if (target.endsWith(".json")) return none("custom target spec: its linker is yours to configure");
  const configured = configuredLinker(target, input.env, input.configs, input.cfg);
  if (configured !== null) return none(`linker configured by you (${configured})`);
  if (target === host) return none("native target");
  if (needsNoCToolchain(target))
    return none("links with the Rust toolchain (rust-lld); no C toolchain needed");
  const os6 = runnerOs(host);
  if (os6 === "macos" && target.includes("-apple-"))
    return none("Apple target on a macOS runner: Xcode's toolchain links it");
  if (os6 === "windows" && parseTriple(target).env === "msvc")
    return none("MSVC target on a Windows runner: Visual Studio's linker links it");
  if (os6 === "windows" && windowsGnu(target) !== null) return mingwOnPath(target);
  if (os6 !== "linux" || !host.endsWith("-linux-gnu")) return unsupported(target, host, os6);
  const hostArch = parseTriple(host).arch;
  const targetArch = parseTriple(target).arch;
  const gnu = LINUX_GNU_CROSS[target];
  if (gnu !== void 0) return gnuSetup(target, gnu);
  const l = lowerTriple(target);
  if (LINUX_MINGW.includes(target)) {
    const prefix = gnuPrefix(target) ?? target;
    return {
      target,
      action: "setup",
      packages: ["gcc-mingw-w64-x86-64", "g++-mingw-w64-x86-64"],
      compiler: `${prefix}-gcc`,
      env: {
        [linkerVar(target)]: `${prefix}-gcc`,
        [`CC_${l}`]: `${prefix}-gcc`,
        [`CXX_${l}`]: `${prefix}-g++`,
        [`AR_${l}`]: `${prefix}-ar`
      },
      notes: []
    };
  }
  if (LINUX_MUSL.includes(target)) {
    if (targetArch === hostArch) {
      return {
        target,
        action: "setup",
        packages: ["musl-tools"],
        compiler: "musl-gcc",
        env: { [`CC_${l}`]: "musl-gcc", [`AR_${l}`]: "ar" },
        notes: [
          `${target}: C code builds with musl-gcc; C++ is not available (musl-tools has no g++).`
        ]
      };
    }
    if (input.rustLld === null) return unsupported(target, host, os6);
    return {
      target,
      action: "setup",
      packages: [],
      compiler: null,
      env: { [linkerVar(target)]: input.rustLld },
      notes: [
        `${target} links with the toolchain's rust-lld and the musl runtime that ships with its standard library. Debian and Ubuntu have no musl C cross compiler, so crates with C or C++ code cannot build for it with cross-linker: auto; for those, use your own musl toolchain (e.g. cargo-zigbuild) with 'cross-linker: none'.`
      ]
    };
  }
  return unsupported(target, host, os6);
}

// src/toolchain/targets.ts
import { existsSync as existsSync9, readdirSync as readdirSync3 } from "node:fs";
import path24 from "node:path";

// src/toolchain/rustup.ts
var realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function isNetworkFailure(stderr) {
  if (/does not support target|is not available|unknown (target|component)/i.test(stderr))
    return false;
  return /could not download|error downloading|error sending request|dns error|timed out|connection (reset|refused|closed)|client error \(Connect\)|failed to lookup address|network|temporary failure/i.test(
    stderr
  );
}
function rustupError(stderr) {
  const cut = stderr.indexOf("Stack backtrace:");
  const text = (cut >= 0 ? stderr.slice(0, cut) : stderr).trim();
  return text.split("\n").filter((l) => !/^info: (downloading|rolling back|syncing)/.test(l)).join("\n");
}
async function rustupRetry(args, options) {
  const attempts = Math.max(1, options.attempts ?? 4);
  const sleep2 = options.sleep ?? realSleep;
  let delay = options.delayMs ?? 2e3;
  for (let attempt = 1; ; attempt++) {
    const result = await run("rustup", args, {
      cwd: options.cwd,
      env: { ...options.env, RUST_BACKTRACE: "0" }
    });
    if (result.code === 0) return result;
    if (attempt >= attempts || !isNetworkFailure(result.stderr)) return result;
    const first = rustupError(result.stderr).split("\n")[0];
    const reason = first.length > 160 ? `\u2026${first.slice(-160)}` : first;
    options.log(
      `rustup ${args.join(" ")} failed (attempt ${attempt} of ${attempts}: ${reason}); retrying in ${delay / 1e3} s`
    );
    await sleep2(delay);
    delay *= 2;
  }
}
function hasRustup(env) {
  return findOnPath("rustup", env) !== null;
}

// src/toolchain/targets.ts
function targetLibDir(sysroot, triple) {
  return path24.join(sysroot, "lib", "rustlib", triple, "lib");
}
function hasTargetStd(sysroot, triple) {
  const dir = targetLibDir(sysroot, triple);
  if (!existsSync9(dir)) return false;
  return readdirSync3(dir).some((f) => /^lib(core|std)-[^.]+\.rlib$/.test(f));
}
function isTargetSpecFile(target) {
  return target.endsWith(".json");
}
function buildsStd(cargoArgs2) {
  return cargoArgs2.some((a) => /build-std/.test(a));
}
var TargetError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TargetError";
  }
};
async function ensureTargets(options) {
  const { toolchain } = options;
  const optional = (options.optional ?? []).filter((t) => !options.targets.includes(t));
  const added = [];
  for (const triple of [...options.targets, ...optional]) {
    const required = options.targets.includes(triple);
    if (isTargetSpecFile(triple)) {
      options.log(`${triple}: custom target spec, no standard library to install`);
      continue;
    }
    if (hasTargetStd(toolchain.sysroot, triple)) {
      options.log(`${triple}: installed`);
      continue;
    }
    if (options.buildStd === true) {
      options.log(`${triple}: no prebuilt standard library; cargo-args build it (build-std)`);
      continue;
    }
    let problem;
    if (!toolchain.rustup) {
      problem = `Target '${triple}' is not installed: its standard library is not in ${targetLibDir(toolchain.sysroot, triple)}, and there is no rustup to add it. Install the standard library for ${triple} with the package manager that provided this Rust, install rustup, or remove '${triple}' from the 'targets' input.`;
    } else {
      options.log(`${triple}: missing, rustup target add ${triple}`);
      const result = await rustupRetry(["target", "add", triple], {
        cwd: options.cwd,
        env: { ...options.env, ...toolchain.env },
        log: options.log,
        ...options.retry
      });
      if (result.code === 0 && hasTargetStd(toolchain.sysroot, triple)) {
        added.push(triple);
        options.log(`${triple}: added`);
        continue;
      }
      problem = `Could not install target '${triple}' with 'rustup target add ${triple}':
${rustupError(result.stderr) || `its standard library is still missing from ${targetLibDir(toolchain.sysroot, triple)}`}`;
    }
    if (required) throw new TargetError(problem);
    options.warn(`${problem}
(listed in rust-toolchain.toml only; this run does not build it)`);
  }
  return added;
}

// src/toolchain/cross.ts
function hasCfgLinker(configs) {
  return configs.some(
    (c) => Object.entries(c.data.target ?? {}).some(
      ([k, v]) => k.startsWith("cfg(") && typeof v === "object" && v !== null && "linker" in v
    )
  );
}
async function planTargets(options) {
  const { toolchain, env, configs } = options;
  const toolEnv = { ...env, ...toolchain.env };
  const needCfg = hasCfgLinker(configs);
  const exe = toolchain.host.includes("windows") ? ".exe" : "";
  const lld = path25.join(
    toolchain.sysroot,
    "lib",
    "rustlib",
    toolchain.host,
    "bin",
    `rust-lld${exe}`
  );
  const plans = [];
  for (const target of options.targets) {
    let cfg = null;
    if (needCfg) {
      const printed = await run("rustc", ["--print", "cfg", "--target", target], {
        cwd: options.cwd,
        env: toolEnv
      });
      cfg = printed.code === 0 ? cfgSet(printed.stdout.split("\n")) : null;
    }
    plans.push(
      planCrossLinker({
        target,
        host: toolchain.host,
        env,
        configs,
        cfg,
        rustLld: existsSync10(lld) ? lld : null
      })
    );
  }
  return plans;
}
function applyPlans(plans, env, logger) {
  const notes = [];
  const perTarget = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    if (plan.action !== "setup") {
      if (plan.action === "none") logger.info(`${plan.target}: ${plan.reason}`);
      continue;
    }
    if (plan.compiler !== null && findOnPath(plan.compiler, env) === null) {
      throw new Error(
        `${plan.target}: ${plan.compiler} is not on PATH after installing ${plan.packages.join(", ")}. Configure your own linker and set 'cross-linker: none'.`
      );
    }
    const vars = {};
    for (const [name, value] of Object.entries(plan.env)) {
      if (env[name] !== void 0 && env[name] !== "") {
        logger.info(`${plan.target}: keeping your ${name}=${env[name]}`);
      } else vars[name] = value;
    }
    perTarget.set(plan.target, vars);
    const shown = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
    logger.info(`${plan.target}: ${shown.join(" ")}`);
    for (const note of plan.notes) logger.info(note);
    const linker = vars[Object.keys(vars).find((k) => k.endsWith("_LINKER")) ?? ""] ?? null;
    const how = plan.missing === void 0 ? "set up by the action" : "found on PATH";
    notes.push(
      `\`${plan.target}\`: cross toolchain ${how}${linker === null ? "" : ` (linker \`${path25.basename(linker)}\`)`}.`,
      ...plan.notes
    );
  }
  return { perTarget, notes };
}
async function prepareTargets(options) {
  const { toolchain, logger, env } = options;
  const ensure = () => ensureTargets({
    targets: options.targets,
    optional: toolchain.fileTargets,
    toolchain,
    cwd: options.cwd,
    env,
    buildStd: buildsStd(options.cargoArgs),
    log: (m) => logger.info(m),
    warn: (m) => logger.warning(m),
    retry: options.retry
  });
  if (options.crossLinker === "none") {
    await ensure();
    logger.info("cross-linker: none: linkers are left to your configuration.");
    return { envFor: () => ({}), plans: [], notes: [] };
  }
  const plans = await planTargets(options);
  const unsupported2 = plans.flatMap((p) => p.action === "unsupported" ? [p.message] : []);
  if (unsupported2.length > 0) throw new Error(unsupported2.join("\n"));
  const absent = plans.flatMap(
    (p) => p.action === "setup" && p.missing !== void 0 && p.compiler !== null ? findOnPath(p.compiler, env) === null ? [p.missing] : [] : []
  );
  if (absent.length > 0) throw new Error(absent.join("\n"));
  await ensure();
  const setups = plans.flatMap((p) => p.action === "setup" ? [p] : []);
  await installPackages({
    packages: setups.flatMap((p) => p.packages),
    compilers: setups.flatMap((p) => p.compiler === null ? [] : [p.compiler]),
    env,
    log: (m) => logger.info(m)
  });
  const { perTarget, notes } = applyPlans(plans, env, logger);
  return { envFor: (triple) => perTarget.get(triple) ?? {}, plans, notes };
}

// src/toolchain/toolchain.ts
import { readFileSync as readFileSync6 } from "node:fs";
import path26 from "node:path";
function parseRustcVersion(text) {
  const field = (name) => {
    const match = new RegExp(`^${name}: (.+)$`, "m").exec(text);
    if (match === null) throw new Error(`Unexpected 'rustc -vV' output (no ${name}):
${text}`);
    return match[1].trim();
  };
  return { host: field("host"), release: field("release") };
}
function toolchainFileOf(activeToolchain) {
  const match = /overridden by '([^']+)'/.exec(activeToolchain);
  if (match === null) return null;
  return /(^|[\\/])rust-toolchain(\.toml)?$/.test(match[1]) ? match[1] : null;
}
function readToolchainFile(file) {
  const text = readFileSync6(file, "utf8");
  let data;
  try {
    data = parse(text);
  } catch {
    return { path: file, targets: [], components: [] };
  }
  const table3 = data.toolchain ?? {};
  const list = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  return { path: file, targets: list(table3.targets), components: list(table3.components) };
}
function missingComponents(wanted, installedText, host) {
  const installed = new Set(installedText.split("\n").map((l) => l.trim()));
  return wanted.filter((c) => {
    const base = c.replace(/-preview$/, "");
    const names = [c, `${c}-${host}`, base, `${base}-${host}`, `${base}-preview-${host}`];
    return !names.some((n) => installed.has(n));
  });
}
function spawnError(program, error2) {
  return new Error(
    `Could not run '${program}' (${error2.message}). Install Rust on the runner (for example with rustup) before this step.`,
    { cause: error2 }
  );
}
async function rustc(args, cwd, env) {
  try {
    return await run("rustc", args, { cwd, env: { ...env, RUST_BACKTRACE: "0" } });
  } catch (error2) {
    throw spawnError("rustc", error2);
  }
}
function startProbes(toolchain, cwd, env) {
  const calls = toolchainProbes(toolchain, cwd, env);
  const rustcCall = async (c) => {
    try {
      return await takeOrRun(c);
    } catch (error2) {
      throw spawnError("rustc", error2);
    }
  };
  const early = Promise.all([rustcCall(calls.version), rustcCall(calls.sysroot)]);
  early.catch(() => void 0);
  const probeEnv = { ...env, RUSTUP_AUTO_INSTALL: "0", RUST_BACKTRACE: "0" };
  const earlyActive = calls.active === null ? Promise.resolve(null) : takeOrRun(calls.active).catch(() => null);
  return { early, earlyActive, probeEnv };
}
async function selectNamed(toolchain, env, retry) {
  const selected = { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: "0" };
  const source = `input 'toolchain: ${toolchain}'`;
  const probe = await rustc(["-vV"], retry.cwd, { ...env, ...selected });
  if (probe.code === 0 || !/not installed/.test(probe.stderr))
    return { selected, source, file: null, installed: false };
  retry.log(`Toolchain '${toolchain}' is not installed: rustup toolchain install --profile minimal`);
  const args = ["toolchain", "install", toolchain, "--profile", "minimal", "--no-self-update"];
  const result = await rustupRetry(args, { ...retry, env });
  if (result.code !== 0) {
    throw new Error(
      `Could not install the Rust toolchain '${toolchain}' (input 'toolchain') with 'rustup ${args.join(" ")}':
${rustupError(result.stderr)}`
    );
  }
  retry.log(`Installed toolchain '${toolchain}'.`);
  return { selected, source, file: null, installed: true };
}
async function selectByRustup(env, retry, earlyActive, probeEnv) {
  const cwd = retry.cwd;
  const selected = { RUSTUP_AUTO_INSTALL: "0" };
  let installed = false;
  let active = await earlyActive ?? await run("rustup", ["show", "active-toolchain"], { cwd, env: probeEnv });
  if (active.code !== 0 && /not installed/.test(active.stderr)) {
    retry.log(`The toolchain rustup selects here is not installed: rustup toolchain install`);
    const result = await rustupRetry(["toolchain", "install", "--no-self-update"], {
      ...retry,
      env
    });
    if (result.code !== 0) {
      throw new Error(
        `Could not install the Rust toolchain rustup selects for ${cwd}:
${rustupError(result.stderr)}`
      );
    }
    active = await run("rustup", ["show", "active-toolchain"], { cwd, env: probeEnv });
    installed = true;
  }
  if (active.code !== 0) {
    throw new Error(`'rustup show active-toolchain' failed:
${rustupError(active.stderr)}`);
  }
  const filePath = toolchainFileOf(active.stdout);
  return {
    selected,
    source: `rustup: ${active.stdout.trim()}`,
    file: filePath === null ? null : readToolchainFile(path26.resolve(cwd, filePath)),
    installed
  };
}
async function addFileComponents(file, host, runEnv, retry, warn) {
  const list = await run("rustup", ["component", "list", "--installed"], {
    cwd: retry.cwd,
    env: runEnv
  });
  const missing = missingComponents(file.components, list.stdout, host);
  if (missing.length === 0) return;
  retry.log(`Components listed in ${file.path} but missing: ${missing.join(", ")}`);
  const result = await rustupRetry(["component", "add", ...missing], { ...retry, env: runEnv });
  if (result.code !== 0) {
    warn(
      `Could not install the components ${missing.join(", ")} listed in ${file.path}:
${rustupError(result.stderr)}`
    );
  }
}
async function resolveToolchain(toolchain, cwd, env, options = {}) {
  const log = options.log ?? (() => void 0);
  const warn = options.warn ?? log;
  const { early, earlyActive, probeEnv } = startProbes(toolchain, cwd, env);
  const rustup = hasRustup(env);
  const retry = { cwd, log, ...options.retry };
  if (toolchain !== null && !rustup) {
    throw new Error(
      `Input 'toolchain' is '${toolchain}', but rustup is not installed, so no named toolchain can be selected. Leave 'toolchain' empty to use the rustc on PATH, or install rustup.`
    );
  }
  const { selected, source, file, installed } = toolchain !== null ? await selectNamed(toolchain, env, retry) : rustup ? await selectByRustup(env, retry, earlyActive, probeEnv) : { selected: {}, source: "rustc on PATH (no rustup)", file: null, installed: false };
  const runEnv = { ...env, ...selected };
  const reuse = !installed && (rustup || toolchain === null);
  const [version, earlySysroot] = reuse ? await early : await Promise.all([rustc(["-vV"], cwd, runEnv), rustc(["--print", "sysroot"], cwd, runEnv)]);
  if (version.code !== 0) {
    throw new Error(`'rustc -vV' failed (${source}):
${rustupError(version.stderr)}`);
  }
  const versionText = version.stdout.trim();
  const { host, release } = parseRustcVersion(versionText);
  if (file !== null && file.components.length > 0)
    await addFileComponents(file, host, runEnv, retry, warn);
  log(`Toolchain: ${source}`);
  log(versionText);
  return {
    env: selected,
    host,
    release,
    versionText,
    source,
    rustup,
    sysroot: earlySysroot.stdout.trim(),
    fileTargets: file?.targets ?? []
  };
}

// src/phases/prepare.ts
function describeSettings(s, t, targets) {
  const lines2 = [
    `working-directory: ${s.workingDirectory}`,
    `manifest-path: ${s.manifestPath ?? "(found by cargo)"}`,
    `toolchain: ${s.toolchain ?? "(selected by rustup)"} \u2192 rustc ${t.release}, host ${t.host}`,
    `targets: ${targets.join(", ")}, cross-linker: ${s.crossLinker}`,
    `preset: ${s.preset}, profile: ${s.profile}, respect-user-profile: ${s.respectUserProfile}`,
    `overrides: ${JSON.stringify(s.overrides)}`,
    `target-cpu: ${JSON.stringify(s.targetCpu)}, rustflags: ${JSON.stringify(s.rustflags)}`,
    `sccache: ${s.sccache} (${s.sccacheBackend}), baseline: ${s.baseline}, comment: ${s.comment}`,
    `size-budget: ${s.sizeBudget?.raw ?? "(none)"}, debug-symbols: ${s.debugSymbols}`,
    `caches: ${s.saveCache ? "restored and saved" : `restored only (${s.saveCacheNote})`}`,
    `pgo: ${s.pgo === null ? "off" : s.pgo.kind === "train" ? `train with ${s.pgo.lines.length} command(s)` : `profile ${s.pgo.path}`}${s.benchmark.length > 0 ? `, benchmark: ${s.benchmark.length} command(s)` : ""}`,
    `tune: ${s.tune.mode}`
  ];
  return lines2.join("\n");
}
function sameVariables(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}
async function startRun(settings, env, logger) {
  const cwd = settings.workingDirectory;
  const likely = likelyToolchainEnv(settings.toolchain);
  const configs = readConfigs(cwd, env);
  const early = readProject(
    cwd,
    settings.manifestPath,
    withoutRunnerTokens({ ...env, ...likely }),
    configs
  );
  early.catch(() => void 0);
  const toolchain = await logger.group(
    "Toolchain",
    () => resolveToolchain(settings.toolchain, cwd, env, {
      log: (m) => logger.info(m),
      warn: (m) => logger.warning(m)
    })
  );
  const targets = settings.targets.length > 0 ? settings.targets : [toolchain.host];
  const baseEnv = withoutRunnerTokens({ ...env, ...toolchain.env });
  const earlyProject = sameVariables(likely, toolchain.env) ? early : null;
  return {
    settings,
    env,
    logger,
    cwd,
    toolchain,
    targets,
    baseEnv,
    configs,
    cliConfigs: cliConfigs(settings.cargoArgs, cwd),
    earlyProject
  };
}
async function logSettings(c) {
  await c.logger.group(
    "Settings",
    async () => c.logger.info(describeSettings(c.settings, c.toolchain, c.targets))
  );
}
function startProbes2(c) {
  const { settings, cwd, baseEnv, toolchain, configs: files } = c;
  const again = () => readProject(cwd, settings.manifestPath, baseEnv, files);
  const project = c.earlyProject === null ? again() : c.earlyProject.catch(again);
  const configs = [...files, ...c.cliConfigs];
  const probes = Promise.all(
    c.targets.map(
      (triple) => userRustflags({
        cwd,
        triple,
        manifestPath: settings.manifestPath,
        configArgs: configArgs(settings.cargoArgs),
        env: baseEnv,
        configs,
        // PGO's flags, and tune's candidates, may add flags the preset's plan does not.
        adds: wantedCpu(settings.targetCpu, settings.preset, triple) !== null || settings.rustflags.length > 0 || settings.pgo !== null || settings.tune.mode !== "none",
        nightly: /-(nightly|dev)\b/.test(toolchain.release)
      })
    )
  );
  probes.catch(() => void 0);
  const breakdown = prepareBreakdownEarly({
    enabled: settings.sizeBreakdown,
    targets: c.targets,
    env: baseEnv,
    rustcVersion: toolchain.versionText,
    project,
    logger: c.logger
  });
  return { project, probes, breakdown };
}
async function pgoPhase(c) {
  const { settings, cwd, env } = c;
  const mode = settings.pgo;
  if (mode === null || settings.tune.mode !== "none" && mode.kind !== "train") return null;
  return c.logger.group(
    "PGO",
    () => preparePgo({
      mode,
      benchmark: settings.benchmark,
      cwd,
      toolchain: c.toolchain,
      tempDir: env.RUNNER_TEMP || os5.tmpdir(),
      projectId: `${cwd}|${settings.manifestPath ?? ""}|${settings.profile}`,
      env: c.baseEnv,
      logger: c.logger
    })
  );
}
async function profilePhase(c, projectRead) {
  const { settings, logger } = c;
  return logger.group("Profile", async () => {
    const project = await projectRead;
    const sources = profileSources(project, c.cliConfigs);
    const user = resolveUserProfile(settings.profile, sources, c.baseEnv);
    const symbols = settings.debugSymbols ? planDebugSymbols(user, settings, c.targets) : null;
    const merge = symbols === null ? settings : { ...settings, forced: symbols.forced, forcedNote: FORCED_NOTE };
    const plan = planProfile(user, merge);
    for (const w of symbols?.warnings ?? []) logger.warning(w);
    for (const [key2, e] of Object.entries(plan.effective)) {
      logger.info(`${key2} = ${JSON.stringify(e.value)} (${e.source}${e.note ? `: ${e.note}` : ""})`);
    }
    for (const s of plan.skipped)
      logger.info(`preset ${s.key} = ${JSON.stringify(s.preset)} not applied: ${s.reason}`);
    if (plan.panicAbortApplied) logger.warning(PANIC_NOTICE);
    return { project, plan, symbols, user, merge };
  });
}
function targetsPhase(c, project) {
  return c.logger.group(
    "Targets and linkers",
    () => prepareTargets({
      targets: c.targets,
      crossLinker: c.settings.crossLinker,
      cargoArgs: c.settings.cargoArgs,
      cwd: c.cwd,
      toolchain: c.toolchain,
      configs: [...project.configs, ...c.cliConfigs],
      env: c.baseEnv,
      logger: c.logger
    })
  );
}
async function rustflagsPhase(c, probes, pgo) {
  const { settings, logger, baseEnv, targets } = c;
  let probed = [];
  const planFor = (triple, cpu, extra) => {
    const probe = probed[targets.indexOf(triple)];
    const input = { triple, env: baseEnv, configSource: probe.source, configFlags: probe.flags };
    return planRustflags({ ...input, cpu, extra: [...settings.rustflags, ...extra] });
  };
  const cpuOf = (triple) => wantedCpu(settings.targetCpu, settings.preset, triple);
  const flagsWith = (more) => targets.map((triple) => planFor(triple, cpuOf(triple), more(triple)));
  const cpuNotes = [];
  const flags = await logger.group("Rustflags", async () => {
    probed = await probes;
    for (const probe of probed) if (probe.warning !== null) logger.warning(probe.warning);
    const plans = flagsWith((triple) => pgo?.flagsFor(triple) ?? []);
    for (const p of plans) {
      logger.info(
        `${p.triple}: your flags [${p.userFlags.join(" ")}]; added [${p.added.join(" ")}] via ${p.placement}${p.cpuSkipped ? `; ${p.cpuSkipped}` : ""}`
      );
      const note = usesAuto(settings.targetCpu, p.triple) ? autoCpuNote(settings.preset, p.triple) : null;
      if (note !== null && p.cpuSkipped === null) {
        logger.info(note);
        cpuNotes.push(note);
      }
    }
    return plans;
  });
  const rustflagsFor = (t, cpu, own = []) => planFor(t, cpu, own);
  return { flags, cpuNotes, flagsWith, rustflagsFor, cpuOf };
}

// src/pipeline.ts
async function runPipeline(settings, env, logger, hooks = {}) {
  const { mode: warmMode, warning: warmWarning } = resolveWarmCache(
    settings.warmCache,
    env[WARM_VARIABLE]
  );
  if (warmWarning !== null) logger.warning(warmWarning);
  const cwd = settings.workingDirectory;
  assertProfileDefined(settings.profile, cwd, settings.manifestPath, settings.cargoArgs, env);
  const lock = guardNewLockfile(
    settings.manifestPath === null ? cwd : path27.dirname(settings.manifestPath),
    logger
  );
  try {
    return await runStages(settings, env, logger, hooks, { warmMode, lock });
  } finally {
    lock.finish();
  }
}
async function runStages(settings, env, logger, hooks, { warmMode, lock }) {
  preloadCaches(settings, warmMode);
  const c = await startRun(settings, env, logger);
  const { project: projectRead, probes, breakdown: breakdownReady } = startProbes2(c);
  projectRead.then((p) => lock.known(p)).catch(() => void 0);
  await logSettings(c);
  const prepared = await pgoPhase(c);
  const pgo = settings.tune.mode === "none" ? prepared : null;
  const profiled = await profilePhase(c, projectRead);
  const setup2 = await targetsPhase(c, profiled.project);
  const rustflags = await rustflagsPhase(c, probes, pgo);
  const saveState = hooks.saveState ?? (() => void 0);
  const caches = await cachesPhase(
    c,
    profiled,
    rustflags.flags,
    pgo,
    warmMode,
    saveState,
    breakdownReady
  );
  const envOf = buildEnvOf(c, setup2, caches);
  const measured = caches.breakdown.envFor({ ...c.baseEnv, ...caches.sccache?.buildEnv ?? {} });
  const tuned = await tuneStep(c, profiled, rustflags, prepared, envOf);
  const plan = tuned?.plan ?? profiled.plan;
  const flags = tuned?.flags ?? rustflags.flags;
  const envWith = (plans) => (triple) => withoutRunnerTokens({ ...envOf(plan, plans, triple), ...measured });
  const split2 = (profiled.symbols?.shippedStrip ?? null) !== null;
  const kept = tuned?.outcome.kept;
  const builds = await buildPhase(c, {
    profiled,
    plan,
    envWith,
    flags,
    rustflags,
    baselineEnv: (triple) => ({
      ...c.baseEnv,
      ...setup2.envFor(triple),
      ...caches.breakdown.envFor(c.baseEnv)
    }),
    caches,
    pgo,
    // tune ships the files it measured (not with debug-symbols: those are split from a new link).
    ship: tuned && kept && !split2 ? swapInWinner(kept, tuned.outcome.winner.name, tuned.outcome.notes) : void 0
  }).finally(() => dropFiles(kept));
  if (tuned && kept) {
    const why = split2 ? "debug-symbols links them unstripped and splits them" : settings.auditable ? "auditable adds their dependency list after the link" : null;
    const note = shippedNote(builds.built, kept, tuned.outcome.winner.name, why);
    if (note !== null) tuned.outcome.notes.push(note);
  }
  const lockNote = lock.finish(builds.built.map((a) => a.path));
  const targetDir = builtTargetDirectory(builds.built, profiled.project.targetDirectory);
  const checksums2 = writeChecksums(targetDir, [
    ...builds.built,
    ...builds.built.flatMap((a) => a.sbom ? [a.sbom] : [])
  ]);
  logger.info(`Checksums of the artifacts: ${checksums2}`);
  const key2 = jobKey(settings.commentKey, {
    ...settings,
    env,
    host: c.toolchain.host,
    targets: c.targets
  });
  const auto = await autoBaseline(c, key2);
  return publish({
    settings,
    env,
    logger,
    targets: c.targets,
    jobKey: key2,
    built: builds.built,
    checksums: checksums2,
    baseline: auto?.baseline ?? builds.baseline,
    baselineNote: auto?.note ?? builds.baselineNote,
    auto,
    plan,
    rustflags: flags,
    rustc: c.toolchain.versionText,
    sccache: caches.stats(),
    notes: [...setup2.notes, ...rustflags.cpuNotes, ...lockNote === null ? [] : [lockNote]],
    pgo: pgo !== null ? { profiles: pgo.profiles(), report: pgo.report() } : tuned?.pgo ?? null,
    tune: tuned?.outcome ?? null
  });
}
function buildEnvOf(c, setup2, caches) {
  return (p, f, triple) => withoutRunnerTokens({
    ...c.baseEnv,
    ...p.env,
    ...f.find((r) => r.triple === triple)?.env ?? {},
    ...setup2.envFor(triple),
    ...caches.sccache?.buildEnv ?? {}
  });
}
function tuneStep(c, profiled, rustflags, prepared, envOf) {
  const { settings } = c;
  if (settings.tune.mode === "none") return null;
  return tunePhase({
    tune: settings.tune,
    benchmark: settings.benchmark,
    preset: settings.preset,
    cpuVaries: settings.targetCpu.mode === "auto",
    settings,
    project: profiled.project,
    targets: c.targets,
    host: c.toolchain.host,
    user: profiled.user,
    merge: profiled.merge,
    rustflags: rustflags.rustflagsFor,
    cpuAsSet: rustflags.cpuOf,
    envOf,
    runEnv: c.baseEnv,
    logger: c.logger,
    pgoProfile: settings.pgo?.kind === "profile" ? settings.pgo.path : null,
    pgoTrain: prepared !== null && settings.pgo?.kind === "train" ? { run: prepared, lines: settings.pgo.lines.map((l) => l.text) } : null
  });
}
function buildPhase(c, b) {
  const { pgo, envWith, rustflags, caches } = b;
  const warm = caches.warm;
  const units = c.settings.sbom || c.settings.auditable ? new ShippedUnits() : null;
  return runBuilds({
    settings: c.settings,
    project: b.profiled.project,
    targets: c.targets,
    host: c.toolchain.host,
    logger: c.logger,
    buildEnv: envWith(b.flags),
    profileArgs: b.plan.cliArgs,
    baselineEnv: b.baselineEnv,
    toolEnv: c.baseEnv,
    shippedStrip: b.profiled.symbols?.shippedStrip ?? null,
    onCargoMessage: (msg, triple) => {
      warm?.observe(msg);
      units?.observe(msg, triple);
    },
    afterShipped: units === null ? void 0 : (built) => supplyChain(c, units, built),
    afterBuild: caches.finish,
    ship: b.ship,
    ...pgo === null ? {} : {
      beforeBuild: (build) => pgo.train(
        c.targets,
        (triple, more, dir) => build("PGO: instrumented build", envWith(rustflags.flagsWith(() => more)), dir, [
          triple
        ])
      ),
      quiet: isPgoNoise,
      checkBuild: (diagnostics) => pgo.check(diagnostics),
      afterOptimized: (build, optimized) => pgo.benchmark(
        (dir) => build(
          "PGO: build without PGO for the benchmark",
          envWith(rustflags.flagsWith(() => [])),
          dir
        ),
        optimized
      )
    }
  });
}
async function autoBaseline(c, key2) {
  if (c.settings.baseline !== "auto") return null;
  const identity = recordIdentity(key2, c.settings.cacheKey);
  const { lookupBaseline } = await import("./baseline-auto-IYJMG7M4.js");
  return lookupBaseline({ env: c.env, saveCache: c.settings.saveCache, identity, logger: c.logger });
}

// src/sccache/post.ts
function parseState(text) {
  if (text.trim() === "") return null;
  try {
    const state = JSON.parse(text);
    return typeof state.bin === "string" && typeof state.env === "object" ? state : null;
  } catch {
    return null;
  }
}
function parseStopState(text) {
  try {
    const stop = JSON.parse(text);
    return typeof stop.bin === "string" && typeof stop.env === "object" && stop.env !== null ? stop : null;
  } catch {
    return null;
  }
}
function stateEnv(state, env) {
  const out = {};
  for (const [name, value] of Object.entries(env)) if (!/^ACTIONS_/i.test(name)) out[name] = value;
  for (const [name, value] of Object.entries(state.env)) out[name] = value ?? void 0;
  return out;
}
async function stopFromStopState(stop, env, logger) {
  const problem = await stopServer(stop.bin, stateEnv(stop, env));
  logger.info(problem === null ? "sccache server stopped" : `sccache server stop: ${problem}`);
}
async function finishSccache(state, env, logger, save, warmUnits = /* @__PURE__ */ new Set()) {
  const fullEnv = stateEnv(state, env);
  const stats = await readStats(state.bin, fullEnv);
  const stopProblem = await stopServer(state.bin, fullEnv);
  if (stopProblem !== null) logger.info(`sccache server stop: ${stopProblem}`);
  else logger.info("sccache server stopped");
  if (!save || state.local === null) return { stats, saved: null, notSaved: null };
  const { cacheServiceAvailable, saveDir } = await import("./cache-KFLJ5RKL.js");
  const decision = saveDecision({
    saveCache: state.saveCache,
    matchedKey: state.local.matchedKey,
    key: state.local.key,
    cacheWrites: stats === null ? null : stats.cacheWrites,
    serviceAvailable: cacheServiceAvailable()
  });
  if (!decision.save) {
    logger.info(`sccache cache not saved: ${decision.reason}`);
    return { stats, saved: null, notSaved: decision.reason };
  }
  if (state.local.owned) {
    const { pruneLocalDir } = await import("./prune-6VA6KYC3.js");
    try {
      logger.info(describePrune(await pruneLocalDir(state.local.dir, state.local.since, warmUnits)));
    } catch (error2) {
      logger.info(`sccache cache not pruned: ${error2.message}`);
    }
  }
  logger.info(`Saving the sccache cache as ${state.local.key} (${decision.reason})`);
  const problem = await saveDir(state.local.dir, state.local.key);
  if (problem !== null) {
    logger.warning(`sccache cache not saved: ${problem}`);
    return { stats, saved: null, notSaved: problem };
  }
  logger.info(`sccache cache saved as ${state.local.key}`);
  return { stats, saved: { key: state.local.key }, notSaved: null };
}
function summarySection(state, result) {
  const lines2 = ["### sccache", ""];
  lines2.push(
    result.stats === null ? `Backend \`${state.backend}\`: no stats (the server did not answer).` : `Backend \`${state.backend}\`: ${describeStats(result.stats)}.`
  );
  if (state.local !== null) {
    const { matchedKey, key: key2 } = state.local;
    lines2.push(
      "",
      matchedKey === null ? "- Restored: nothing (no entry matched)" : `- Restored: \`${matchedKey}\`${matchedKey === key2 ? " (exact key)" : " (prefix match)"}`,
      result.saved !== null ? `- Saved: \`${result.saved.key}\`` : `- Not saved: ${result.notSaved ?? "not attempted"}`
    );
  }
  return `${lines2.join("\n")}
`;
}

// src/breakdown/inputs.ts
function readSizeBreakdown(input) {
  const raw = input("size-breakdown");
  const value = raw.trim();
  if (value === "" || ["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError("size-breakdown", raw, "expected 'true' or 'false'");
}

// src/settings.ts
import { existsSync as existsSync11, statSync as statSync4 } from "node:fs";
import path28 from "node:path";

// src/cargo/target-cpu.ts
var CPU_NAME = /^[A-Za-z0-9_.+-]+$/;
function parseTargetCpu(raw) {
  const value = raw.trim();
  if (value === "" || value === "auto") return { mode: "auto" };
  if (value === "none") return { mode: "none" };
  const accepted = "expected 'auto', 'none', one CPU name (such as 'x86-64-v3'), or lines 'triple=cpu'";
  if (!value.includes("=")) {
    if (!CPU_NAME.test(value)) throw new InputError("target-cpu", raw, accepted);
    return { mode: "cpu", cpu: value };
  }
  const perTarget = {};
  for (const line of value.split(/[\n,]+/).map((l) => l.trim())) {
    if (line === "") continue;
    const match = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(line);
    if (match === null || !TRIPLE_PATTERN.test(match[1]) || !CPU_NAME.test(match[2])) {
      throw new InputError("target-cpu", raw, `${accepted}; line '${line}' is not 'triple=cpu'`);
    }
    perTarget[match[1]] = match[2];
  }
  return { mode: "map", perTarget };
}

// src/report/size-budget.ts
var SIZE_UNITS = {
  "": 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  kb: 1e3,
  mb: 1e3 ** 2,
  gb: 1e3 ** 3
};
function parseSizeBudget(raw) {
  const value = raw.trim();
  if (value === "") return null;
  const match = /^\+?\s*(\d+(?:\.\d+)?)\s*(%|[a-zA-Z]*)$/.exec(value);
  const unit = match?.[2].toLowerCase();
  if (match === null || unit === void 0 || unit !== "%" && !(unit in SIZE_UNITS)) {
    throw new InputError(
      "size-budget",
      raw,
      "expected a growth allowance such as '+2%', '+50KiB', '+1MB', '4096' or '0' (units: %, B, KiB, MiB, GiB, KB, MB, GB)"
    );
  }
  const number = Number(match[1]);
  if (unit === "%") return { unit: "percent", value: number, raw: value };
  return { unit: "bytes", value: Math.round(number * SIZE_UNITS[unit]), raw: value };
}

// src/tune/inputs.ts
function parseMinGain(raw) {
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw.trim() === "" ? "1%" : raw.trim());
  const value = m === null ? NaN : Number(m[1]);
  if (!(value < 50)) {
    throw new InputError(
      "tune-min-gain",
      raw,
      "expected a percentage of your profile's time from 0% up to (not including) 50%, such as '0.5%', '1%' or '2%'"
    );
  }
  return value / 100;
}
var MODES = ["none", "size", "speed"];
function parseTuneInputs(read) {
  const raw = read("tune");
  const value = raw.trim() === "" ? "none" : raw.trim();
  if (!MODES.includes(value)) {
    throw new InputError("tune", raw, "expected 'none', 'size' or 'speed'");
  }
  const mode = value;
  const benchmarkRaw = read("benchmark");
  if (mode === "speed" && parseCommandLines(benchmarkRaw).length === 0) {
    throw new InputError(
      "benchmark",
      benchmarkRaw,
      "'tune: speed' needs command lines to time, one per line (e.g. 'my-app --input bench/data.txt'); each runs with the candidate's artifacts first on PATH"
    );
  }
  const pgoInput = parseCommandLines(read("pgo-train")).length > 0 ? "pgo-train" : "pgo-profile";
  if (mode === "size" && read(pgoInput).trim() !== "") {
    throw new InputError(
      "tune",
      raw,
      `'size' does not combine with '${pgoInput}': PGO is a speed optimization, a candidate of 'tune: speed' timed under 'benchmark'; expected 'speed' (the PGO build becomes a candidate) or 'none' (plain PGO)`
    );
  }
  return { mode, minGain: parseMinGain(read("tune-min-gain")) };
}

// src/supply/inputs.ts
function parseAuditable(raw, targets, platform) {
  if (!bool("auditable", raw)) return false;
  const hostFormat = platform === "darwin" ? "macOS" : platform === "win32" ? "Windows" : null;
  const others = targets.length > 0 ? targets.filter((t) => symbolFamily(t) !== "elf") : hostFormat === null ? [] : [`the ${hostFormat} host (no targets given)`];
  if (others.length === 0) return true;
  throw new InputError(
    "auditable",
    raw,
    `the .dep-v0 section goes into ELF files only (Linux, Android, the BSDs, illumos), and ${others.join(", ")} ${others.length === 1 ? "builds" : "build"} another format; leave auditable off for ${others.length === 1 ? "it" : "them"}, or use cargo-auditable`
  );
}

// src/settings.ts
var INPUT_DEFAULTS = {
  "working-directory": ".",
  "manifest-path": "",
  package: "",
  bin: "",
  features: "",
  "all-features": "false",
  "no-default-features": "false",
  locked: "false",
  "cargo-args": "",
  toolchain: "",
  targets: "",
  preset: "speed",
  profile: "release",
  overrides: "",
  "respect-user-profile": "true",
  "target-cpu": "auto",
  rustflags: "",
  "cross-linker": "auto",
  sccache: "true",
  "sccache-backend": "local",
  "sccache-version": "v0.17.0",
  "cache-key": "",
  "save-cache": "auto",
  baseline: "auto",
  comment: "auto",
  "comment-key": "",
  "github-token": "",
  "size-budget": "",
  "debug-symbols": "false",
  "size-breakdown": "true",
  "pgo-train": "",
  "pgo-profile": "",
  tune: "none",
  "tune-min-gain": "1%",
  benchmark: "",
  "warm-cache": "auto",
  sbom: "false",
  auditable: "false"
};
var TOOLCHAIN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
var PROFILE_NAME = /^[A-Za-z0-9_-]+$/;
var OWNED_BY_INPUTS = [
  [/^(--release|-r)$/, "the 'profile' input selects the profile ('release' by default)"],
  [/^--profile(=|$)/, "use the 'profile' input"],
  [/^--target(=|$)/, "use the 'targets' input"],
  [/^--manifest-path(=|$)/, "use the 'manifest-path' input"]
];
function cargoArgs(raw) {
  const args = words("cargo-args", raw);
  for (const arg of args) {
    const owned = OWNED_BY_INPUTS.find(([re]) => re.test(arg));
    if (owned !== void 0) {
      throw new InputError(
        "cargo-args",
        raw,
        `'${arg}' is set by the action; ${owned[1]}. cargo-args takes other 'cargo build' arguments`
      );
    }
  }
  return args;
}
function parseTargets(raw, cwd) {
  const targets = splitList(raw);
  for (const t of targets) {
    const isJsonSpec = t.endsWith(".json") && existsSync11(path28.resolve(cwd, t));
    if (!isJsonSpec && !TRIPLE_PATTERN.test(t)) {
      throw new InputError(
        "targets",
        raw,
        `'${t}' is not a target triple; expected triples such as 'x86_64-unknown-linux-gnu' or 'aarch64-apple-darwin', separated by whitespace, commas or newlines`
      );
    }
  }
  return [...new Set(targets)];
}
function parseOverrides(raw) {
  if (raw.trim() === "") return {};
  let table3;
  try {
    table3 = parse(raw);
  } catch (error2) {
    const first = error2.message.split("\n")[0];
    throw new InputError("overrides", raw, `expected TOML 'key = value' lines (${first})`);
  }
  const result = {};
  for (const [key2, value] of Object.entries(table3)) {
    if (!isProfileKey(key2)) {
      throw new InputError(
        "overrides",
        raw,
        `unknown profile key '${key2}'; expected opt-level, lto, codegen-units, panic, strip, debug, split-debuginfo, debug-assertions, overflow-checks, incremental or rpath`
      );
    }
    const problem = validateProfileValue(key2, value);
    if (problem !== null) throw new InputError("overrides", raw, `'${key2}': ${problem}`);
    result[key2] = value;
  }
  return result;
}
function existingDir(input, raw, dir) {
  if (!existsSync11(dir) || !statSync4(dir).isDirectory()) {
    throw new InputError(input, raw, `expected an existing directory (looked for ${dir})`);
  }
  return dir;
}
function findManifest(workingDirectory, manifestRaw) {
  if (manifestRaw.trim() !== "") {
    const manifest = path28.resolve(workingDirectory, manifestRaw.trim());
    if (!existsSync11(manifest) || !statSync4(manifest).isFile()) {
      throw new InputError(
        "manifest-path",
        manifestRaw,
        `expected the path of an existing Cargo.toml relative to working-directory (looked for ${manifest})`
      );
    }
    return { manifestPath: manifest };
  }
  for (let dir = workingDirectory; ; dir = path28.dirname(dir)) {
    if (existsSync11(path28.join(dir, "Cargo.toml"))) return { manifestPath: null };
    if (path28.dirname(dir) === dir) break;
  }
  throw new InputError(
    "working-directory",
    workingDirectory,
    "expected a directory of a Cargo project: no Cargo.toml there or above it (set manifest-path to point at one)"
  );
}
function parseSettings(read, baseDir, eventName = process.env.GITHUB_EVENT_NAME ?? "") {
  const input = (name) => {
    const raw = read(name);
    return raw === "" ? INPUT_DEFAULTS[name] ?? "" : raw;
  };
  const wdRaw = input("working-directory");
  const workingDirectory = existingDir("working-directory", wdRaw, path28.resolve(baseDir, wdRaw));
  const { manifestPath } = findManifest(workingDirectory, input("manifest-path"));
  const toolchainRaw = input("toolchain").trim();
  if (toolchainRaw !== "" && !TOOLCHAIN.test(toolchainRaw)) {
    throw new InputError(
      "toolchain",
      toolchainRaw,
      "expected a rustup toolchain name such as 'stable', '1.85' or 'nightly-2026-01-01'"
    );
  }
  const profile = input("profile").trim();
  if (!PROFILE_NAME.test(profile)) {
    throw new InputError(
      "profile",
      profile,
      "expected a cargo profile name such as 'release' or 'dist'"
    );
  }
  const sccacheVersion = input("sccache-version").trim();
  if (!/^v?\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?$/.test(sccacheVersion)) {
    throw new InputError(
      "sccache-version",
      sccacheVersion,
      "expected a release version such as 'v0.17.0'"
    );
  }
  const targets = parseTargets(input("targets"), workingDirectory);
  return {
    workingDirectory,
    manifestPath,
    packages: splitList(input("package")),
    bins: splitList(input("bin")),
    features: splitList(input("features")),
    allFeatures: bool("all-features", input("all-features")),
    noDefaultFeatures: bool("no-default-features", input("no-default-features")),
    locked: bool("locked", input("locked")),
    cargoArgs: cargoArgs(input("cargo-args")),
    toolchain: toolchainRaw === "" ? null : toolchainRaw,
    targets,
    preset: oneOf("preset", input("preset"), PRESET_NAMES),
    profile,
    overrides: parseOverrides(read("overrides")),
    respectUserProfile: bool("respect-user-profile", input("respect-user-profile")),
    targetCpu: parseTargetCpu(input("target-cpu")),
    rustflags: words("rustflags", input("rustflags")),
    crossLinker: oneOf("cross-linker", input("cross-linker"), ["auto", "none"]),
    sccache: bool("sccache", input("sccache")),
    sccacheBackend: oneOf("sccache-backend", input("sccache-backend"), [
      "local",
      "gha",
      "env"
    ]),
    sccacheVersion: sccacheVersion.startsWith("v") ? sccacheVersion : `v${sccacheVersion}`,
    cacheKey: input("cache-key").trim(),
    ...saveCachePolicy(
      oneOf("save-cache", lowerBool(input("save-cache")), SAVE_CACHE_MODES),
      eventName
    ),
    baseline: oneOf("baseline", input("baseline"), ["auto", "profile", "none"]),
    comment: oneOf("comment", input("comment"), ["auto", "true", "false"]),
    commentKey: input("comment-key").trim(),
    githubToken: read("github-token").trim(),
    sizeBudget: parseSizeBudget(input("size-budget")),
    debugSymbols: bool("debug-symbols", input("debug-symbols")),
    sizeBreakdown: readSizeBreakdown(input),
    ...parsePgoInputs(read, workingDirectory, targets),
    tune: parseTuneInputs(read),
    warmCache: parseWarmCache(input("warm-cache")),
    sbom: bool("sbom", input("sbom")),
    auditable: parseAuditable(input("auditable"), targets, process.platform)
  };
}

export {
  actionsLogger,
  consoleLogger,
  OUTPUT_NAMES,
  STATE_NAME,
  STOP_STATE_NAME,
  runPipeline,
  parseState,
  parseStopState,
  stopFromStopState,
  finishSccache,
  summarySection,
  INPUT_DEFAULTS,
  parseSettings
};
