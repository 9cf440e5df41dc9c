import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain
} from "./chunks/chunk-D7ZLKHI2.js";
import "./chunks/chunk-FDP52MBM.js";
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
