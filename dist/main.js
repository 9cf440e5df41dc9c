import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-XGZB3AU2.js";
import "./chunks/chunk-TPQW5WDV.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
