import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-DW5EJ23B.js";
import "./chunk-IVO7UHWA.js";
import "./chunk-2NEMKVKA.js";
import "./chunk-NFVICY3V.js";
import "./chunk-SDKP6LXH.js";
import "./chunk-CRYPFGIA.js";
export {
  runMain,
  runPost
};
