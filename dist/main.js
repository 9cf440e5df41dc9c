import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-H5KDEVER.js";
import "./chunks/chunk-L6EEKU5M.js";

// src/main.ts
await runMain();
