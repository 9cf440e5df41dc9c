import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/hash.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function shortSha256(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export {
  sha256File,
  shortSha256
};
