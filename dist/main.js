import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-DW5EJ23B.js";
import "./chunks/chunk-IVO7UHWA.js";
import "./chunks/chunk-2NEMKVKA.js";
import "./chunks/chunk-NFVICY3V.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
