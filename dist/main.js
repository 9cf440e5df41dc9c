import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-JDHEFZGK.js";
import "./chunks/chunk-RRNYPQSQ.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-TGO2FFS6.js";
import "./chunks/chunk-XOMZUCRL.js";
import "./chunks/chunk-4SNYWJEW.js";
import "./chunks/chunk-JLCXHSF3.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-C3MUXM2G.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/main.ts
await runMain();
process.exit();
