import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-ZULHHBLD.js";
import "./chunks/chunk-HNAAIFJ5.js";

// src/post.ts
await runPost();
