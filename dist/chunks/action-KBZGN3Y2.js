import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-FJJT2JO2.js";
import "./chunk-QVVUZ5RN.js";
import "./chunk-2JHSFCUM.js";
import "./chunk-23JYVXMB.js";
import "./chunk-AN375E34.js";
export {
  runMain,
  runPost
};
