import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-KU5AHFCL.js";
import "./chunks/chunk-FYKHV6UL.js";

// src/main.ts
await runMain();
