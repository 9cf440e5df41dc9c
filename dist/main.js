import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-Q5BXTIWZ.js";
import "./chunks/chunk-45GUDZ2B.js";
import "./chunks/chunk-WVOR2XDJ.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-ALQNBVWR.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-SDKP6LXH.js";
import "./chunks/chunk-CRYPFGIA.js";

// src/main.ts
await runMain();
process.exit();
