import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-JDHEFZGK.js";
import "./chunk-RRNYPQSQ.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-TGO2FFS6.js";
import "./chunk-XOMZUCRL.js";
import "./chunk-4SNYWJEW.js";
import "./chunk-JLCXHSF3.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-GEPKOSH5.js";
export {
  runMain,
  runPost
};
