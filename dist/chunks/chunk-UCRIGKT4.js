import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/env.ts
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
function isExecutable(file, platform = process.platform) {
  try {
    accessSync(file, platform === "win32" ? constants.F_OK : constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function findOnPath(program, env, platform = process.platform) {
  const windows = platform === "win32";
  const searchPath = windows ? Object.entries(env).find(([name]) => name.toUpperCase() === "PATH")?.[1] : env.PATH;
  const extensions = windows ? [".exe", ".cmd", ""] : [""];
  for (const dir of (searchPath ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    for (const ext of extensions) {
      const file = path.join(dir, program + ext);
      if (isExecutable(file, platform)) return file;
    }
  }
  return null;
}

export {
  isExecutable,
  findOnPath
};
