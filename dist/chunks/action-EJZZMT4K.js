import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  OUTPUT_NAMES,
  STATE_NAME,
  STOP_STATE_NAME,
  actionsLogger,
  finishSccache,
  parseSettings,
  parseState,
  parseStopState,
  runPipeline,
  stopFromStopState,
  summarySection
} from "./chunk-INTRS6PZ.js";
import "./chunk-UCRIGKT4.js";
import {
  WARM_STATE
} from "./chunk-TGO2FFS6.js";
import "./chunk-L7LSDWY6.js";
import "./chunk-XOMZUCRL.js";
import "./chunk-4SNYWJEW.js";
import {
  withoutInputs
} from "./chunk-L7NBSL27.js";
import "./chunk-PLK4FPXW.js";
import "./chunk-GLLIZ4A3.js";
import {
  debug,
  getInput,
  getState,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-C3MUXM2G.js";
import "./chunk-GEPKOSH5.js";

// src/action.ts
import { performance } from "node:perf_hooks";
async function writeSummary(text) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(text).write();
  } catch (error) {
    warning(
      `Job summary not written: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
async function runMain() {
  try {
    const token = getInput("github-token");
    if (token !== "") setSecret(token);
    const settings = parseSettings(
      (name) => getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    );
    const result = await runPipeline(settings, withoutInputs(process.env), actionsLogger, {
      saveState: (name, value) => saveState(name, value)
    });
    for (const name of OUTPUT_NAMES) setOutput(name, result.outputs[name]);
    await writeSummary(result.report);
    if (result.failure !== null) setFailed(result.failure);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
  debug(`main step: done at ${performance.now().toFixed(0)} ms`);
}
async function runPost() {
  const warmUnits = await postWarm();
  await postSccache(warmUnits);
}
async function postWarm() {
  try {
    const text = getState(WARM_STATE);
    if (text.trim() === "") return /* @__PURE__ */ new Set();
    const { parseWarmState, saveWarm } = await import("./warm-LZUGZI7V.js");
    const warm = parseWarmState(text);
    return warm === null ? /* @__PURE__ */ new Set() : await saveWarm(warm, actionsLogger);
  } catch (error) {
    warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
    return /* @__PURE__ */ new Set();
  }
}
async function postSccache(warmUnits) {
  try {
    const text = getState(STATE_NAME);
    const sccache = parseState(text);
    if (sccache !== null) {
      const result = await finishSccache(
        sccache,
        withoutInputs(process.env),
        actionsLogger,
        true,
        warmUnits
      );
      await writeSummary(summarySection(sccache, result));
      return;
    }
    if (text.trim() !== "")
      warning("Post step: the sccache state of the main step cannot be read; nothing is saved");
    const stop = parseStopState(getState(STOP_STATE_NAME));
    if (stop !== null) await stopFromStopState(stop, withoutInputs(process.env), actionsLogger);
  } catch (error) {
    warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}
export {
  runMain,
  runPost
};
