import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-Z6NL4CJO.js";
import "./chunks/chunk-7S4ZWDVZ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/main.ts
await runMain();
