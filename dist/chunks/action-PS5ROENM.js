import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-MABYO7OU.js";
import "./chunk-TNCKVP2L.js";
import "./chunk-ALQNBVWR.js";
import "./chunk-3WLJS7QD.js";
import "./chunk-WVOR2XDJ.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-GEPKOSH5.js";
export {
  runMain,
  runPost
};
