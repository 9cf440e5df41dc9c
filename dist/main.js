import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-OJC5DTZR.js";
import "./chunks/chunk-GZDJIQT7.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
