import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  isFeatureAvailable,
  restoreCache,
  saveCache
} from "./chunk-R54654DG.js";
import "./chunk-CH6BFXQN.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";

// src/sccache/cache.ts
function cacheServiceAvailable() {
  try {
    return isFeatureAvailable();
  } catch {
    return false;
  }
}
async function restoreDir(dir, key, restoreKeys) {
  try {
    const matched = await restoreCache([dir], key, restoreKeys);
    return { matchedKey: matched ?? null, problem: null };
  } catch (error) {
    return { matchedKey: null, problem: error.message };
  }
}
async function saveDir(dir, key) {
  try {
    const id = await saveCache([dir], key);
    return id === -1 ? "the cache service did not take the entry (see the messages above)" : null;
  } catch (error) {
    return error.message;
  }
}
export {
  cacheServiceAvailable,
  restoreDir,
  saveDir
};
