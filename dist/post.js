import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-MW54N66X.js";
import "./chunks/chunk-TBMXZERQ.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
