import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-MCHFQVT7.js";
import "./chunks/chunk-GVI5RR43.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/post.ts
await runPost();
process.exit();
