import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-RWDEGWVE.js";
import "./chunks/chunk-MF5TAHTT.js";

// src/main.ts
await runMain();
