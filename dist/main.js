import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-RWLAIUPH.js";
import "./chunks/chunk-4YI4SGJY.js";
import "./chunks/chunk-N5GJ52RY.js";
import "./chunks/chunk-DW7FEP27.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
