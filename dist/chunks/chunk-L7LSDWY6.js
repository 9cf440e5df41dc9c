import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/supply/linked.ts
import path from "node:path";
var CRATES_IO = /* @__PURE__ */ new Set([
  "registry+https://github.com/rust-lang/crates.io-index",
  "sparse+https://index.crates.io/"
]);
function fromCratesIo(source) {
  return source !== null && CRATES_IO.has(source);
}
function targetUnit(json, tripleDir) {
  if (json === null) return null;
  const msg = json;
  if (msg.reason !== "compiler-artifact" || typeof msg.package_id !== "string") return null;
  const kinds = msg.target?.kind ?? [];
  if (kinds.includes("custom-build") || kinds.includes("proc-macro")) return null;
  const files = [...msg.filenames ?? [], ...msg.executable ? [msg.executable] : []];
  const inTriple = files.some((f) => f.split(/[\\/]/).includes(tripleDir));
  return inTriple ? { packageId: msg.package_id, files } : null;
}
function tripleDirName(triple) {
  return triple.endsWith(".json") ? path.basename(triple, ".json") : triple;
}
function walkResolve(meta, rootId, follow) {
  const nodes = new Map((meta.resolve?.nodes ?? []).map((n) => [n.id, n]));
  const edges = /* @__PURE__ */ new Map();
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.shift();
    if (edges.has(id)) continue;
    const deps = (nodes.get(id)?.deps ?? []).filter(follow).map((d) => d.pkg);
    edges.set(id, [...new Set(deps)]);
    queue.push(...deps);
  }
  return edges;
}
function linkedGraph(meta, rootId, units) {
  const packages = new Map(meta.packages.map((p) => [p.id, p]));
  const root = packages.get(rootId);
  if (root === void 0 || !(meta.resolve?.nodes ?? []).some((n) => n.id === rootId)) return null;
  const edges = walkResolve(
    meta,
    rootId,
    (d) => d.dep_kinds.some((k) => k.kind === null) && units.has(d.pkg) && d.pkg !== rootId && packages.has(d.pkg)
  );
  for (const deps of edges.values()) deps.sort();
  const crates = [...edges.keys()].filter((id) => id !== rootId).map((id) => packages.get(id)).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return { root, crates, edges };
}

export {
  fromCratesIo,
  targetUnit,
  tripleDirName,
  walkResolve,
  linkedGraph
};
