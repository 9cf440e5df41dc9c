import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-JZUZX6XT.js";
import "./chunks/chunk-2J5LXL62.js";
import "./chunks/chunk-Y5LUCCU3.js";

// src/main.ts
await runMain();
process.exit();
