import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-MW54N66X.js";
import "./chunks/chunk-TBMXZERQ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
