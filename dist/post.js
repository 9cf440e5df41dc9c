import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-3PVXDZT4.js";
import "./chunks/chunk-P64OHBLJ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
process.exit();
