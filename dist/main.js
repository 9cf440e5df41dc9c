import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-GPYYKFKG.js";
import "./chunks/chunk-JNCNEZS5.js";

// src/main.ts
await runMain();
