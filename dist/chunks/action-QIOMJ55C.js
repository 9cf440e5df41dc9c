import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-4P7M7JA4.js";
import "./chunk-RSZSVLJB.js";
import "./chunk-KLSVF5GT.js";
import "./chunk-DW7FEP27.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
