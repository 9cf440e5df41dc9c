import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-IRQIMBNK.js";
import "./chunks/chunk-FR7IHMJ4.js";
import "./chunks/chunk-2JHSFCUM.js";
import "./chunks/chunk-23JYVXMB.js";
import "./chunks/chunk-AN375E34.js";

// src/main.ts
await runMain();
process.exit();
