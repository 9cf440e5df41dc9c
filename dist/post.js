import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  STATE_NAME,
  STOP_STATE_NAME
} from "./chunks/chunk-4CLUYJNX.js";
import {
  WARM_STATE
} from "./chunks/chunk-CKVV4QCC.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/post.ts
if ([STATE_NAME, STOP_STATE_NAME, WARM_STATE].some((name) => process.env[`STATE_${name}`])) {
  const { runPost } = await import("./chunks/action-4DGDVSAL.js");
  await runPost();
}
process.exit();
