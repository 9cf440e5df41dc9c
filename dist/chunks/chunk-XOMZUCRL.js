import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  mib
} from "./chunk-4SNYWJEW.js";

// src/sccache/prune-plan.ts
function isObjectPath(relative) {
  return relative.length === 3 && /^[0-9a-f]$/.test(relative[0]) && /^[0-9a-f]$/.test(relative[1]) && /^[0-9a-f]{32,}$/.test(relative[2]) && relative[2].startsWith(relative[0] + relative[1]);
}
var UNIT_FILE = /^.+-([0-9a-f]{16})(\.[A-Za-z0-9]+)?$/;
function unitHashes(names) {
  const out = /* @__PURE__ */ new Set();
  for (const name of names) {
    const m = UNIT_FILE.exec(name.split("/").pop() ?? "");
    if (m !== null) out.add(m[1]);
  }
  return [...out].sort();
}
function verdict(o) {
  if (o.mtimeMs < o.since) return "unused";
  if (o.hashes.length > 0 && o.hashes.every((h) => o.warmUnits.has(h))) return "in-warm";
  return "keep";
}
function describePrune(c) {
  const out = [
    c.unused > 0 ? `${c.unused} this run did not use` : "",
    c.inWarm > 0 ? `${c.inWarm} whose outputs the warm entry holds` : ""
  ].filter((s) => s !== "");
  return `sccache cache: ${c.kept} object${c.kept === 1 ? "" : "s"} (${mib(c.keptBytes)}) kept${out.length > 0 ? `; left out: ${out.join(", ")}` : ""}`;
}

export {
  isObjectPath,
  unitHashes,
  verdict,
  describePrune
};
