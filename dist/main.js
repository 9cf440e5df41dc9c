import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-FQT22VKX.js";
import "./chunks/chunk-YLB37L46.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/main.ts
await runMain();
process.exit();
