import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-LTBL4LJH.js";
import "./chunks/chunk-UZXOP7EL.js";

// src/main.ts
await runMain();
