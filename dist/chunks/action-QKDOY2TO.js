import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-PP5WH26N.js";
import "./chunk-M4WV2XFP.js";
import "./chunk-KLSVF5GT.js";
import "./chunk-DW7FEP27.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
