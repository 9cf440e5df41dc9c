import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-H5KDEVER.js";
import "./chunks/chunk-L6EEKU5M.js";

// src/post.ts
await runPost();
