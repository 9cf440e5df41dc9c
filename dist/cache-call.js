import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  restoreCache,
  saveCache
} from "./chunks/chunk-DR6METAE.js";
import "./chunks/chunk-ZQLK5Y3B.js";
import "./chunks/chunk-5YFJ2QXX.js";
import "./chunks/chunk-IZ5FQDOO.js";
import "./chunks/chunk-C3MUXM2G.js";
import "./chunks/chunk-O7BS5RYI.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/sccache/cache-call.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
async function call(request2) {
  const parent = path.dirname(path.resolve(request2.dir));
  const relative = path.basename(path.resolve(request2.dir));
  try {
    mkdirSync(parent, { recursive: true });
    process.chdir(parent);
    process.env.GITHUB_WORKSPACE = parent;
    if (request2.op === "restore")
      return {
        value: await restoreCache([relative], request2.key, request2.restoreKeys) ?? null
      };
    return { value: await saveCache([relative], request2.key) };
  } catch (error) {
    return { problem: error.message };
  }
}
var request = JSON.parse(process.argv[2] ?? "{}");
writeFileSync(request.result, JSON.stringify(await call(request)));
