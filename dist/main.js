import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-ELVP4V5E.js";
import "./chunks/chunk-NKEAQ7X7.js";
import "./chunks/chunk-SXZYL7E5.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
