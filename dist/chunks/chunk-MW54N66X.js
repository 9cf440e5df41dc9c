import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  OUTPUT_NAMES,
  actionsLogger,
  getInput,
  parseSettings,
  runPipeline,
  setFailed,
  setOutput,
  setSecret,
  summary
} from "./chunk-TBMXZERQ.js";

// src/action.ts
async function runMain() {
  try {
    const token = getInput("github-token");
    if (token !== "") setSecret(token);
    const settings = parseSettings(
      (name) => getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    );
    const result = await runPipeline(settings, { ...process.env }, actionsLogger);
    for (const name of OUTPUT_NAMES) setOutput(name, result.outputs[name]);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(result.report).write();
    if (result.failure !== null) setFailed(result.failure);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
async function runPost() {
  try {
  } catch (error) {
    warning(`Post step: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export {
  runMain,
  runPost
};
