import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-ZEK6IUH3.js";
import "./chunk-XKE767PP.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-ALQNBVWR.js";
import "./chunk-CVWM274A.js";
import "./chunk-WUP3HITG.js";
import "./chunk-WVOR2XDJ.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-GEPKOSH5.js";
export {
  runMain,
  runPost
};
