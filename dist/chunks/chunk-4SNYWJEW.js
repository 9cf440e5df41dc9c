import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  shortSha256
} from "./chunk-GLLIZ4A3.js";

// src/warm/plan.ts
import path from "node:path";
var UNIT_FOLDERS = [".fingerprint", "build", "deps"];
var HASHED = /^(.+)-([0-9a-f]{8,})(\..*)?$/;
function unitEntries(listing, hash) {
  const out = [];
  for (const folder of UNIT_FOLDERS) {
    for (const name of listing[folder]) {
      if (HASHED.exec(name)?.[2] === hash) out.push(`${folder}/${name}`);
    }
  }
  return out.sort();
}
function planEntry(targetDir, units, listingOf) {
  const out = [];
  for (const u of units) {
    const rel = path.relative(targetDir, u.profileDir);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) continue;
    const entries = unitEntries(listingOf(u.profileDir), u.hash);
    if (!entries.some((e) => e.startsWith(".fingerprint/"))) continue;
    out.push({
      profile: rel.split(path.sep).join("/"),
      hash: u.hash,
      kind: u.kind,
      pkg: u.pkg,
      entries
    });
  }
  out.sort((a, b) => `${a.profile}/${a.hash}`.localeCompare(`${b.profile}/${b.hash}`));
  return { version: 1, units: out };
}
function parseManifest(text) {
  try {
    const m = JSON.parse(text);
    if (m.version !== 1 || !Array.isArray(m.units)) return null;
    const safe = (p) => p !== "" && !p.split("/").includes("..") && !path.isAbsolute(p);
    return m.units.every((u) => safe(u.profile) && u.entries.every(safe)) ? m : null;
  } catch {
    return null;
  }
}
function warmKeys(keys, cargoHome) {
  const prefix = `rust-optimize-warm-v1-home${shortSha256(cargoHome).slice(0, 8)}-`;
  return { key: prefix + keys.key, restoreKeys: keys.restoreKeys.map((k) => prefix + k) };
}
function warmSaveDecision(o) {
  if (!o.saveCache) return { save: false, reason: "save-cache is false" };
  if (!o.serviceAvailable)
    return { save: false, reason: "the Actions cache service is not available" };
  if (o.units === 0) return { save: false, reason: "this build used no registry dependency" };
  if (o.matchedKey === o.key)
    return {
      save: false,
      reason: o.compiled === 0 ? "exact hit and nothing new" : `exact hit: entries are immutable, so the ${o.compiled} units cargo rebuilt are saved with the next key`
    };
  return {
    save: true,
    reason: o.matchedKey === null ? "no entry existed" : `restored from a fallback (${o.matchedKey})`
  };
}
var KIND_WORDS = [
  ["lib", "libraries"],
  ["proc-macro", "proc-macros"],
  ["build-script", "build scripts"],
  ["build-script-run", "build-script runs"]
];
function mib(bytes) {
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}
function describeEntry(manifest, bytes) {
  const pkgs = new Set(manifest.units.map((u) => u.pkg)).size;
  const counts = KIND_WORDS.map(
    ([kind, word]) => `${manifest.units.filter((u) => u.kind === kind).length} ${word}`
  );
  const size = bytes === null ? "" : `, ${mib(bytes)}`;
  return `${manifest.units.length} units of ${pkgs} packages (${counts.join(", ")})${size}`;
}

export {
  UNIT_FOLDERS,
  planEntry,
  parseManifest,
  warmKeys,
  warmSaveDecision,
  mib,
  describeEntry
};
