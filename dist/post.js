import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/post.ts
if (process.env.STATE_sccache || process.env["STATE_sccache-stop"]) {
  const { runPost } = await import("./chunks/action-JFREE5WI.js");
  await runPost();
}
process.exit();
