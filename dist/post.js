import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-BXRG3CQQ.js";
import "./chunks/chunk-I4ORIVQG.js";
import "./chunks/chunk-MUWZTJLU.js";

// src/post.ts
await runPost();
process.exit();
