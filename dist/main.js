import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-M6D65EWH.js";
import "./chunks/chunk-WSXCZE6M.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/main.ts
await runMain();
process.exit();
