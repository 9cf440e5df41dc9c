import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  shortSha256
} from "./chunk-GLLIZ4A3.js";

// src/sccache/key.ts
var PREFIX = "rust-optimize-sccache-v1";
function clean(part) {
  return part.replace(/[,\s]+/g, "_").slice(0, 200);
}
function cacheKeys(parts) {
  const extra = parts.extra.trim() === "" ? "" : `-${clean(parts.extra.trim())}`;
  const toolchain = `rustc${shortSha256(parts.rustcVersion)}`;
  const config = `cfg${shortSha256(JSON.stringify({ targets: [...parts.targets].sort(), build: parts.buildConfig }))}`;
  const lock = parts.lockfile === null ? "nolock" : `lock${shortSha256(parts.lockfile)}`;
  const base = `${PREFIX}-${parts.platform}-${parts.arch}${extra}-${toolchain}-`;
  return {
    key: `${base}${config}-${lock}`,
    restoreKeys: [`${base}${config}-`, base]
  };
}
var SAVE_CACHE_MODES = ["auto", "true", "false"];
function saveCachePolicy(mode, eventName) {
  if (mode === "false") return { saveCache: false, saveCacheNote: "save-cache is false" };
  if (mode === "auto" && eventName === "pull_request_target") {
    return {
      saveCache: false,
      saveCacheNote: "save-cache is auto and this is a pull_request_target event, which runs with the base branch's cache scope (set save-cache: true to save anyway)"
    };
  }
  return { saveCache: true, saveCacheNote: null };
}
function saveDecision(opts) {
  if (!opts.saveCache)
    return { save: false, reason: "saving is off for this run (see save-cache in the main step)" };
  if (!opts.serviceAvailable)
    return { save: false, reason: "the Actions cache service is not available" };
  if (opts.matchedKey === opts.key) {
    return {
      save: false,
      reason: opts.cacheWrites === 0 ? "exact hit and nothing new" : `exact hit: entries are immutable, so this run's ${opts.cacheWrites === null ? "new" : `${opts.cacheWrites} new`} cache objects are saved with the next key (a change of Cargo.lock, toolchain, settings or cache-key)`
    };
  }
  if (opts.matchedKey !== null && opts.cacheWrites === 0)
    return { save: false, reason: `restored from ${opts.matchedKey} and nothing new was compiled` };
  if (opts.cacheWrites === 0)
    return { save: false, reason: "nothing was written to the cache in this run" };
  return {
    save: true,
    reason: opts.matchedKey === null ? "no entry existed" : `restored from a prefix match (${opts.matchedKey})`
  };
}

// src/warm/inputs.ts
var WARM_STATE = "warm";
var WARM_VARIABLE = "RUST_OPTIMIZE_WARM_CACHE";
var ACCEPTED = ["auto", "true", "false"];
function parseWarmCache(raw) {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "") return "auto";
  const found = ACCEPTED.find((a) => a === value);
  if (found === void 0) {
    throw new Error(
      `${WARM_VARIABLE} has an invalid value ${JSON.stringify(raw)}: expected auto (with the local sccache backend), true (with every backend, or without sccache) or false`
    );
  }
  return found;
}
function warmEnabled(mode, sccache, backend) {
  if (mode === "false") return false;
  if (mode === "true") return true;
  return sccache && backend === "local";
}

export {
  cacheKeys,
  SAVE_CACHE_MODES,
  saveCachePolicy,
  saveDecision,
  WARM_STATE,
  WARM_VARIABLE,
  parseWarmCache,
  warmEnabled
};
