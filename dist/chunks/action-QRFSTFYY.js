import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-TC5HI5XR.js";
import "./chunk-XXKR2SLI.js";
import "./chunk-2NEMKVKA.js";
import "./chunk-DW7FEP27.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
