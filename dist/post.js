import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-KU5AHFCL.js";
import "./chunks/chunk-FYKHV6UL.js";

// src/post.ts
await runPost();
