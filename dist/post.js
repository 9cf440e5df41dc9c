import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-7XD45SGJ.js";
import "./chunks/chunk-JFRIWS3U.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/post.ts
await runPost();
process.exit();
