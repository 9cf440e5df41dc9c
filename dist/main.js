import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-G7DKFCWO.js";
import "./chunks/chunk-MNAJHZLC.js";

// src/main.ts
await runMain();
