import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-3C4NQH5D.js";
import "./chunks/chunk-MD2TIBAW.js";
import "./chunks/chunk-KLSVF5GT.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
