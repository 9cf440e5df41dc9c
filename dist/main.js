import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-NY3ULYJR.js";
import "./chunks/chunk-7SJS4CH4.js";
import "./chunks/chunk-2NEMKVKA.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
