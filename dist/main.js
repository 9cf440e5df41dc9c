import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-R6O5X6KU.js";
import "./chunks/chunk-YM4SDVXN.js";

// src/main.ts
await runMain();
