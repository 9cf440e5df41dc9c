import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-VP5GAFVH.js";
import "./chunks/chunk-GJSMM3SE.js";
import "./chunks/chunk-YGN27MGD.js";

// src/post.ts
await runPost();
