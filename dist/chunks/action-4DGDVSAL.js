import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-GWTUS4Y6.js";
import "./chunk-37AZJADV.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-7BXCC73S.js";
import "./chunk-CVWM274A.js";
import "./chunk-WUP3HITG.js";
import "./chunk-4CLUYJNX.js";
import "./chunk-CKVV4QCC.js";
import "./chunk-WVOR2XDJ.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-GEPKOSH5.js";
export {
  runMain,
  runPost
};
