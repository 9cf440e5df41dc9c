import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

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
  WARM_STATE,
  WARM_VARIABLE,
  parseWarmCache,
  warmEnabled
};
