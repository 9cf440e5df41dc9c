import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-GZALIL7Q.js";
import "./chunks/chunk-GTNZPSOH.js";
import "./chunks/chunk-YGN27MGD.js";

// src/main.ts
await runMain();
