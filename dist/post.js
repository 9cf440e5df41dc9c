import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-YAOXJVOA.js";
import "./chunks/chunk-LPZ73ZV2.js";

// src/post.ts
await runPost();
