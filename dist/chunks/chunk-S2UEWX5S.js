import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  OUTPUT_NAMES,
  STATE_NAME,
  WARM_STATE,
  actionsLogger,
  finishSccache,
  getInput,
  getState,
  parseSettings,
  parseState,
  parseWarmState,
  runPipeline,
  saveState,
  saveWarm,
  setFailed,
  setOutput,
  setSecret,
  summary,
  summarySection,
  warning
} from "./chunk-2LPOJKZ6.js";

// src/action.ts
function withoutInputs(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
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
}
async function runPost() {
  try {
    const sccache = parseState(getState(STATE_NAME));
    if (sccache !== null) {
      const result = await finishSccache(sccache, withoutInputs(process.env), actionsLogger, true);
      await writeSummary(summarySection(sccache, result));
    }
    const warm = parseWarmState(getState(WARM_STATE));
    if (warm !== null) await saveWarm(warm, actionsLogger);
  } catch (error) {
    warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export {
  runMain,
  runPost
};
