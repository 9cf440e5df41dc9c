import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-JFPVAF3G.js";
import "./chunk-MPD2YCBY.js";
import "./chunk-NIAQEIWP.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
