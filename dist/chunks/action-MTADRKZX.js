import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-FK5R2W74.js";
import "./chunk-YVKHIXYR.js";
import "./chunk-2NEMKVKA.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
