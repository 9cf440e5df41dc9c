import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-WMF636F2.js";
import "./chunks/chunk-Q2HJTUDS.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/post.ts
await runPost();
process.exit();
