import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-JFPVAF3G.js";
import "./chunks/chunk-MPD2YCBY.js";
import "./chunks/chunk-NIAQEIWP.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
