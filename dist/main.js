import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-UMHFTL34.js";
import "./chunks/chunk-5DT7OGNZ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
process.exit();
