import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  isFeatureAvailable
} from "./chunk-DR6METAE.js";

// src/sccache/cache.ts
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
function cacheServiceAvailable() {
  try {
    return isFeatureAvailable();
  } catch {
    return false;
  }
}
function callScript() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 3; up++, dir = path.dirname(dir)) {
    for (const file of [path.join(dir, "cache-call.js"), path.join(dir, "dist", "cache-call.js")])
      if (existsSync(file)) return file;
  }
  throw new Error("dist/cache-call.js is missing: run npm run bundle");
}
async function inChild(op, dir, key, restoreKeys = []) {
  const result = path.join(mkdtempSync(path.join(os.tmpdir(), "ro-cache-call-")), "result.json");
  const request = { op, dir, key, restoreKeys, result };
  try {
    const child = spawn(process.execPath, [callScript(), JSON.stringify(request)], {
      // This process's environment as it is now (the cache service's URL and token, RUNNER_TEMP).
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    child.stdout.on("data", (d) => process.stdout.write(d));
    child.stderr.on("data", (d) => process.stderr.write(d));
    const code = await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (!existsSync(result)) return { problem: `the cache call exited with code ${code}` };
    return JSON.parse(readFileSync(result, "utf8"));
  } catch (error) {
    return { problem: error.message };
  } finally {
    rmSync(path.dirname(result), { recursive: true, force: true });
  }
}
async function restoreDir(dir, key, restoreKeys) {
  const outcome = await inChild("restore", dir, key, restoreKeys);
  if ("problem" in outcome) return { matchedKey: null, problem: outcome.problem };
  return { matchedKey: typeof outcome.value === "string" ? outcome.value : null, problem: null };
}
async function saveDir(dir, key) {
  const outcome = await inChild("save", dir, key);
  if ("problem" in outcome) return outcome.problem;
  return outcome.value === -1 ? "the cache service did not take the entry (see the messages above)" : null;
}

export {
  cacheServiceAvailable,
  restoreDir,
  saveDir
};
