import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-RWLAIUPH.js";
import "./chunk-4YI4SGJY.js";
import "./chunk-N5GJ52RY.js";
import "./chunk-DW7FEP27.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
