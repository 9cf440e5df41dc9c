import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-ZOZH4RQR.js";
import "./chunk-NH7YVUCS.js";
import "./chunk-SXZYL7E5.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
