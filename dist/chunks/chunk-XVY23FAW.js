import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  OUTPUT_NAMES,
  STATE_NAME,
  actionsLogger,
  finishSccache,
  getInput,
  getState,
  parseSettings,
  parseState,
  runPipeline,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  summarySection,
  warning
} from "./chunk-ORTP63ST.js";

// src/action.ts
async function runMain() {
  try {
    const token = getInput("github-token");
    if (token !== "") setSecret(token);
    const settings = parseSettings(
      (name) => getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    );
    const result = await runPipeline(settings, { ...process.env }, actionsLogger, {
      saveState: (name, value) => saveState(name, value)
    });
    for (const name of OUTPUT_NAMES) setOutput(name, result.outputs[name]);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.report).write();
    if (result.failure !== null) setFailed(result.failure);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
async function runPost() {
  try {
    const sccache = parseState(getState(STATE_NAME));
    if (sccache !== null) {
      const result = await finishSccache(sccache, { ...process.env }, actionsLogger, true);
      if (process.env.GITHUB_STEP_SUMMARY)
        await summary.addRaw(summarySection(sccache, result)).write();
    }
  } catch (error) {
    warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export {
  runMain,
  runPost
};
