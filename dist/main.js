import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-ROU7SNKT.js";
import "./chunks/chunk-GX5HE56B.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
process.exit();
