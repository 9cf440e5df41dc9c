import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-M6D65EWH.js";
import "./chunks/chunk-WSXCZE6M.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/post.ts
await runPost();
process.exit();
