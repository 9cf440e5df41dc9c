import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  WARM_STATE,
  cacheKeys
} from "./chunk-TGO2FFS6.js";
import {
  UNIT_FOLDERS,
  describeEntry,
  parseManifest,
  planEntry,
  warmKeys,
  warmSaveDecision
} from "./chunk-4SNYWJEW.js";
import "./chunk-GLLIZ4A3.js";
import {
  cacheServiceAvailable,
  restoreDir,
  saveDir
} from "./chunk-VL3XY3B6.js";
import "./chunk-DR6METAE.js";
import "./chunk-ZQLK5Y3B.js";
import "./chunk-5YFJ2QXX.js";
import "./chunk-IZ5FQDOO.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-O7BS5RYI.js";
import "./chunk-GEPKOSH5.js";

// src/warm/warm.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, rmSync as rmSync2 } from "node:fs";
import os from "node:os";
import path3 from "node:path";

// src/warm/store.ts
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from "node:fs";
import path from "node:path";
var ENTRY_NAME = "rust-optimize-warm";
var MANIFEST = "manifest.json";
var TREE = "tree";
function listProfileDir(profileDir) {
  const names = (folder) => {
    try {
      return readdirSync(path.join(profileDir, folder));
    } catch {
      return [];
    }
  };
  return Object.fromEntries(UNIT_FOLDERS.map((f) => [f, names(f)]));
}
function copyTree(from, to) {
  const st = lstatSync(from);
  if (st.isDirectory()) {
    mkdirSync(to, { recursive: true });
    let bytes = 0;
    for (const name of readdirSync(from))
      bytes += copyTree(path.join(from, name), path.join(to, name));
    return bytes;
  }
  if (!st.isFile()) return 0;
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { preserveTimestamps: true, force: true });
  return st.size;
}
function stageEntry(stagingDir, targetDir, manifest) {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(path.join(stagingDir, TREE), { recursive: true });
  let bytes = 0;
  for (const u of manifest.units) {
    for (const e of u.entries) {
      bytes += copyTree(
        path.join(targetDir, u.profile, e),
        path.join(stagingDir, TREE, u.profile, e)
      );
    }
  }
  writeFileSync(path.join(stagingDir, MANIFEST), `${JSON.stringify(manifest)}
`);
  return bytes;
}
function moveWithoutOverwriting(from, to) {
  if (!existsSync(to)) {
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      renameSync(from, to);
      return;
    } catch {
    }
  }
  cpSync(from, to, { recursive: true, preserveTimestamps: true, force: false, errorOnExist: false });
}
function readManifest(stagingDir) {
  try {
    return parseManifest(readFileSync(path.join(stagingDir, MANIFEST), "utf8"));
  } catch {
    return null;
  }
}
function placeEntry(stagingDir, targetDir) {
  const manifest = readManifest(stagingDir);
  if (manifest === null) return null;
  let placed = 0;
  let present = 0;
  for (const u of manifest.units) {
    const fingerprint = u.entries.find((e) => e.startsWith(".fingerprint/"));
    if (fingerprint === void 0) continue;
    if (existsSync(path.join(targetDir, u.profile, fingerprint))) {
      present++;
      continue;
    }
    for (const e of u.entries) {
      const from = path.join(stagingDir, TREE, u.profile, e);
      if (existsSync(from)) moveWithoutOverwriting(from, path.join(targetDir, u.profile, e));
    }
    placed++;
  }
  return { manifest, placed, present };
}

// src/warm/units.ts
import path2 from "node:path";
var HASHED = /^(.+)-([0-9a-f]{8,})(\..*)?$/;
function isRegistryPackage(packageId) {
  return !packageId.startsWith("path+") && !/^[^ ]+ [^ ]+ \(path\+/.test(packageId);
}
function pkgName(packageId) {
  const hash = packageId.lastIndexOf("#");
  return hash >= 0 ? packageId.slice(hash + 1) : packageId.split(" ").slice(0, 2).join("@");
}
function unitOfFile(file) {
  const dir = path2.dirname(file);
  if (path2.basename(dir) === "deps") {
    const m = HASHED.exec(path2.basename(file));
    return m === null ? null : { profileDir: path2.dirname(dir), hash: m[2] };
  }
  if (path2.basename(path2.dirname(dir)) === "build") {
    const m = HASHED.exec(path2.basename(dir));
    return m === null ? null : { profileDir: path2.dirname(path2.dirname(dir)), hash: m[2] };
  }
  return null;
}
function unitsOfMessage(json) {
  if (json === null) return [];
  const msg = json;
  if (typeof msg.package_id !== "string" || !isRegistryPackage(msg.package_id)) return [];
  const pkg = pkgName(msg.package_id);
  if (msg.reason === "build-script-executed" && typeof msg.out_dir === "string") {
    const unit = unitOfFile(msg.out_dir);
    return unit === null ? [] : [{ ...unit, kind: "build-script-run", pkg, fresh: true }];
  }
  if (msg.reason !== "compiler-artifact" || !Array.isArray(msg.filenames)) return [];
  const kinds = msg.target?.kind ?? [];
  const kind = kinds.includes("custom-build") ? "build-script" : kinds.includes("proc-macro") ? "proc-macro" : "lib";
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const file of msg.filenames) {
    const unit = unitOfFile(file);
    if (unit === null || seen.has(`${unit.profileDir}\0${unit.hash}`)) continue;
    seen.add(`${unit.profileDir}\0${unit.hash}`);
    out.push({ ...unit, kind, pkg, fresh: msg.fresh === true });
  }
  return out;
}
var UnitLog = class {
  units = /* @__PURE__ */ new Map();
  observe(msg) {
    for (const u of unitsOfMessage(msg)) {
      const id = `${u.profileDir}\0${u.hash}`;
      const known = this.units.get(id);
      this.units.set(id, known === void 0 ? u : { ...known, fresh: known.fresh && u.fresh });
    }
  }
  all() {
    return [...this.units.values()];
  }
};

// src/warm/warm.ts
function cargoHome(env) {
  return path3.resolve(env.CARGO_HOME ?? path3.join(env.HOME ?? os.homedir(), ".cargo"));
}
async function setupWarm(o) {
  const base = o.env.RUNNER_TEMP;
  if (base === void 0 || base === "" || !cacheServiceAvailable()) {
    o.logger.info("warm cache: no Actions cache service here, registry build outputs are not kept");
    return null;
  }
  const lockPath = path3.join(o.workspaceRoot, "Cargo.lock");
  const keys = warmKeys(
    cacheKeys({
      ...o.keyParts,
      lockfile: existsSync2(lockPath) ? readFileSync2(lockPath, "utf8") : null
    }),
    cargoHome(o.env)
  );
  const staging = path3.join(base, ENTRY_NAME);
  const restore = await o.logger.group("Warm cache restore", async () => {
    o.logger.info(`warm cache key: ${keys.key}`);
    const r = await restoreDir(staging, keys.key, keys.restoreKeys);
    if (r.problem !== null) {
      o.logger.warning(`warm cache not restored: ${r.problem}`);
      return { matchedKey: null, placed: null };
    }
    if (r.matchedKey === null) {
      o.logger.info("warm cache: no entry matched, registry dependencies build from scratch");
      return { matchedKey: null, placed: null };
    }
    try {
      const placed = placeEntry(staging, o.targetDir);
      if (placed === null) o.logger.warning(`warm cache: ${r.matchedKey} holds no valid manifest`);
      else
        o.logger.info(
          `warm cache: restored ${r.matchedKey}${r.matchedKey === keys.key ? " (exact hit)" : " (prefix match)"}: ${placed.placed} units put in ${o.targetDir}, ${placed.present} already there; cargo's fingerprints decide which are fresh`
        );
      return { matchedKey: r.matchedKey, placed };
    } catch (error) {
      o.logger.warning(`warm cache: restored units not put in place: ${error.message}`);
      return { matchedKey: r.matchedKey, placed: null };
    } finally {
      rmSync2(staging, { recursive: true, force: true });
    }
  });
  const restored = restore.placed;
  const state = {
    base,
    key: keys.key,
    matchedKey: restore.matchedKey,
    saveCache: o.saveCache,
    compiled: null,
    units: 0
  };
  const log = new UnitLog();
  return {
    observe: (msg) => log.observe(msg),
    stage: () => {
      try {
        const units = log.all();
        const manifest = planEntry(o.targetDir, units, listProfileDir);
        const compiled = units.filter((u) => !u.fresh).length;
        if (restore.matchedKey === keys.key) {
          o.logger.info(
            `warm cache entry: ${describeEntry(manifest, null)}; ${compiled} compiled in this build; not staged, since this key's entry is never saved again`
          );
        } else {
          const bytes = stageEntry(staging, o.targetDir, manifest);
          const used = new Set(manifest.units.map((u) => `${u.profile}/${u.hash}`));
          const pruned = restored?.manifest.units.filter((u) => !used.has(`${u.profile}/${u.hash}`)).length ?? 0;
          o.logger.info(
            `warm cache entry: ${describeEntry(manifest, bytes)}; ${compiled} compiled in this build; ${pruned} restored units this build did not use left out`
          );
        }
        o.saveState(
          WARM_STATE,
          JSON.stringify({ ...state, compiled, units: manifest.units.length })
        );
      } catch (error) {
        o.logger.warning(`warm cache not staged: ${error.message}`);
      }
    }
  };
}
function parseWarmState(text) {
  if (text.trim() === "") return null;
  try {
    const s = JSON.parse(text);
    return typeof s.base === "string" && typeof s.key === "string" ? s : null;
  } catch {
    return null;
  }
}
async function saveWarm(state, logger) {
  if (state.compiled === null) return /* @__PURE__ */ new Set();
  const decision = warmSaveDecision({
    saveCache: state.saveCache,
    serviceAvailable: cacheServiceAvailable(),
    key: state.key,
    matchedKey: state.matchedKey,
    units: state.units,
    compiled: state.compiled
  });
  if (!decision.save) {
    logger.info(`warm cache not saved: ${decision.reason}`);
    return /* @__PURE__ */ new Set();
  }
  logger.info(`Saving the warm cache as ${state.key} (${decision.reason})`);
  const staged = path3.join(state.base, ENTRY_NAME);
  const problem = await saveDir(staged, state.key);
  if (problem !== null) {
    logger.warning(`warm cache not saved: ${problem}`);
    return /* @__PURE__ */ new Set();
  }
  logger.info(`warm cache saved as ${state.key}`);
  return new Set(readManifest(staged)?.units.map((u) => u.hash) ?? []);
}
export {
  WARM_STATE,
  parseWarmState,
  saveWarm,
  setupWarm
};
