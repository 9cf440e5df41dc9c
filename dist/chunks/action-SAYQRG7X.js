import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-ELVP4V5E.js";
import "./chunk-NKEAQ7X7.js";
import "./chunk-SXZYL7E5.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
