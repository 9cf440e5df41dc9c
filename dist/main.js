import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-M7BVH4BT.js";
import "./chunks/chunk-Z2WLEVFM.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/main.ts
await runMain();
process.exit();
