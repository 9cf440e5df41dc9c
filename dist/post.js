import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-ROU7SNKT.js";
import "./chunks/chunk-GX5HE56B.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
process.exit();
