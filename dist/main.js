import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-4P7M7JA4.js";
import "./chunks/chunk-RSZSVLJB.js";
import "./chunks/chunk-KLSVF5GT.js";
import "./chunks/chunk-DW7FEP27.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
