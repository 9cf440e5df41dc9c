import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-NY3ULYJR.js";
import "./chunk-7SJS4CH4.js";
import "./chunk-2NEMKVKA.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
