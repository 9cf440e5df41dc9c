import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runPost
} from "./chunks/chunk-LBT7LSJ5.js";
import "./chunks/chunk-HLCFJRNM.js";

// src/post.ts
await runPost();
