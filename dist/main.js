import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-TC5HI5XR.js";
import "./chunks/chunk-XXKR2SLI.js";
import "./chunks/chunk-2NEMKVKA.js";
import "./chunks/chunk-DW7FEP27.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
