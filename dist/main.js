import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  startToolchainProbes
} from "./chunks/chunk-3BI7L4U3.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/main.ts
startToolchainProbes(process.env, process.cwd());
var { runMain } = await import("./chunks/action-6KRFKO6O.js");
await runMain();
process.exit();
