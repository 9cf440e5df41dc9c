import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-PP5WH26N.js";
import "./chunks/chunk-M4WV2XFP.js";
import "./chunks/chunk-KLSVF5GT.js";
import "./chunks/chunk-DW7FEP27.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
