import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-ZEK6IUH3.js";
import "./chunks/chunk-XKE767PP.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-ALQNBVWR.js";
import "./chunks/chunk-CVWM274A.js";
import "./chunks/chunk-WUP3HITG.js";
import "./chunks/chunk-WVOR2XDJ.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-C3MUXM2G.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/main.ts
await runMain();
process.exit();
