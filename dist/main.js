import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  startToolchainProbes
} from "./chunks/chunk-L7NBSL27.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/main.ts
startToolchainProbes(process.env, process.cwd());
var { runMain } = await import("./chunks/action-EJZZMT4K.js");
await runMain();
process.exit();
