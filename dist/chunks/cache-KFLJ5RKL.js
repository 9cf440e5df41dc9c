import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  cacheServiceAvailable,
  restoreDir,
  saveDir
} from "./chunk-VL3XY3B6.js";
import "./chunk-DR6METAE.js";
import "./chunk-ZQLK5Y3B.js";
import "./chunk-5YFJ2QXX.js";
import "./chunk-IZ5FQDOO.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-O7BS5RYI.js";
import "./chunk-GEPKOSH5.js";
export {
  cacheServiceAvailable,
  restoreDir,
  saveDir
};
