import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-YAOXJVOA.js";
import "./chunks/chunk-LPZ73ZV2.js";

// src/main.ts
await runMain();
