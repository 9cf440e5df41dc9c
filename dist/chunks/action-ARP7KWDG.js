import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-Q5BXTIWZ.js";
import "./chunk-45GUDZ2B.js";
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
