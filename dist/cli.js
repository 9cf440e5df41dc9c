#!/usr/bin/env node
import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  INPUT_DEFAULTS,
  consoleLogger,
  finishSccache,
  parseSettings,
  parseState,
  runPipeline
} from "./chunks/chunk-XKE767PP.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-ALQNBVWR.js";
import "./chunks/chunk-CVWM274A.js";
import "./chunks/chunk-WUP3HITG.js";
import "./chunks/chunk-WVOR2XDJ.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-C3MUXM2G.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/cli-run.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: rust-optimize [--preset speed|size|balanced|quick|lambda|none] [--targets T,...]
                     [--manifest-path PATH] [--working-directory DIR] [--json] [--<input> VALUE ...]
Every action input is a flag of the same name, e.g. --target-cpu none, --baseline profile.`;
function keepStdoutForResults() {
  const stdout = process.stdout.write.bind(process.stdout);
  const debug = process.env.RUNNER_DEBUG === "1";
  process.stdout.write = ((chunk, ...rest) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const kept = debug ? text : text.replace(/^::debug::.*(\r?\n|$)/gm, "");
    const done = rest.find((r) => typeof r === "function");
    return kept === "" ? (done?.(), true) : process.stderr.write(kept, done);
  });
  return (text) => {
    stdout(text);
  };
}
async function runCli(argv) {
  const options = {
    json: { type: "boolean" },
    help: { type: "boolean" }
  };
  for (const name of Object.keys(INPUT_DEFAULTS)) options[name] = { type: "string" };
  let values;
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`${error.message}
${USAGE}
`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  const read = (name) => {
    const v = values[name];
    return typeof v === "string" ? v : "";
  };
  const print = keepStdoutForResults();
  const state = /* @__PURE__ */ new Map();
  const logger = consoleLogger();
  try {
    const settings = parseSettings(read, process.cwd());
    const result = await runPipeline(settings, { ...process.env }, logger, {
      saveState: (name, value) => state.set(name, value)
    });
    if (values.json === true) print(`${JSON.stringify(result.outputs, null, 2)}
`);
    else print(`
${result.report}`);
    if (result.failure !== null) {
      process.stderr.write(`error: ${result.failure}
`);
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}
`);
    return 1;
  } finally {
    const sccache = parseState(state.get("sccache") ?? "");
    if (sccache !== null) await finishSccache(sccache, { ...process.env }, logger, false);
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
