import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-BOOTOTBF.js";
import "./chunks/chunk-REI7CZKX.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
process.exit();
