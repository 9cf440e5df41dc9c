import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-LKM7GVOT.js";
import "./chunks/chunk-RVB6L4PU.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
process.exit();
