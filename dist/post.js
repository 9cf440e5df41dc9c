import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-Y2HKA3FV.js";
import "./chunks/chunk-34H6JNZV.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
process.exit();
