import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-FJJT2JO2.js";
import "./chunks/chunk-QVVUZ5RN.js";
import "./chunks/chunk-2JHSFCUM.js";
import "./chunks/chunk-23JYVXMB.js";
import "./chunks/chunk-AN375E34.js";

// src/main.ts
await runMain();
process.exit();
