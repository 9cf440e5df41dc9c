import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-R7CXFUPD.js";
import "./chunks/chunk-P7E6URMV.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/post.ts
await runPost();
process.exit();
