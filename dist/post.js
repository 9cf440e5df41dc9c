import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-GPYYKFKG.js";
import "./chunks/chunk-JNCNEZS5.js";

// src/post.ts
await runPost();
