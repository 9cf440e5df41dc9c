import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-LTBL4LJH.js";
import "./chunks/chunk-UZXOP7EL.js";

// src/post.ts
await runPost();
