import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  cacheServiceAvailable,
  restoreDir,
  saveDir
} from "./chunk-VYUJSMDS.js";
import "./chunk-CH6BFXQN.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  cacheServiceAvailable,
  restoreDir,
  saveDir
};
