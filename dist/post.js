import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-OJC5DTZR.js";
import "./chunks/chunk-GZDJIQT7.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
