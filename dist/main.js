import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-SPK3EEEY.js";
import "./chunks/chunk-2VR7NGVJ.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/main.ts
await runMain();
process.exit();
