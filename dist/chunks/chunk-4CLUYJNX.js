import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/sccache/state-names.ts
var STATE_NAME = "sccache";
var STOP_STATE_NAME = "sccache-stop";

export {
  STATE_NAME,
  STOP_STATE_NAME
};
