import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-F7XD7MFT.js";
import "./chunk-X2YC4UDW.js";
import "./chunk-2NEMKVKA.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
