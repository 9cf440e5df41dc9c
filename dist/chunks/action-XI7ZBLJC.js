import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  runMain,
  runPost
} from "./chunk-IRQIMBNK.js";
import "./chunk-FR7IHMJ4.js";
import "./chunk-2JHSFCUM.js";
import "./chunk-23JYVXMB.js";
import "./chunk-AN375E34.js";
export {
  runMain,
  runPost
};
