import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-3PVXDZT4.js";
import "./chunks/chunk-P64OHBLJ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
process.exit();
