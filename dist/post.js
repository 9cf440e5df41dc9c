import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-G7DKFCWO.js";
import "./chunks/chunk-MNAJHZLC.js";

// src/post.ts
await runPost();
