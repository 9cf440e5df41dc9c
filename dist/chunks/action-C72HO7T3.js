import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-B4KL3W53.js";
import "./chunk-TL2J67WH.js";
import "./chunk-WVOR2XDJ.js";
import "./chunk-UCRIGKT4.js";
import "./chunk-ALQNBVWR.js";
import "./chunk-GLLIZ4A3.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
