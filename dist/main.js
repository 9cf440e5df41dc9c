import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-PPZM4BY6.js";
import "./chunks/chunk-4P6M5UKX.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
process.exit();
