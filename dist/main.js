import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-LBT7LSJ5.js";
import "./chunks/chunk-HLCFJRNM.js";

// src/main.ts
await runMain();
