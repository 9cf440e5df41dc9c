import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/post.ts
var STATES = ["sccache", "sccache-stop", "warm"];
if (STATES.some((name) => process.env[`STATE_${name}`])) {
  const { runPost } = await import("./chunks/action-EJZZMT4K.js");
  await runPost();
}
process.exit();
