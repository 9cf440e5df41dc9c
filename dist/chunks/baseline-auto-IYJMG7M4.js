import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  noRecordNote,
  parseRecord,
  planRecord,
  recordBaseline,
  recordKey,
  recordPrefix,
  recordText
} from "./chunk-PLK4FPXW.js";
import "./chunk-GLLIZ4A3.js";
import {
  cacheServiceAvailable,
  restoreDir,
  saveDir
} from "./chunk-VL3XY3B6.js";
import "./chunk-DR6METAE.js";
import "./chunk-ZQLK5Y3B.js";
import "./chunk-5YFJ2QXX.js";
import "./chunk-IZ5FQDOO.js";
import "./chunk-C3MUXM2G.js";
import "./chunk-O7BS5RYI.js";
import "./chunk-GEPKOSH5.js";

// src/report/baseline-auto.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
var FILE = "sizes.json";
function serviceAvailable(env) {
  return env.RUNNER_TEMP !== void 0 && env.RUNNER_TEMP !== "" && cacheServiceAvailable();
}
async function lookupBaseline(opts) {
  const { env, logger, identity } = opts;
  const plan = planRecord(env, opts.saveCache);
  if (!serviceAvailable(env)) {
    return {
      plan,
      dir: null,
      identity,
      baseline: null,
      note: "No baseline: the Actions cache service that keeps size records is not available here (outside GitHub Actions). `baseline: profile` compares with the untouched profile instead."
    };
  }
  const dir = path.join(env.RUNNER_TEMP, "rust-optimize-sizes");
  const result = { plan, dir, identity, baseline: null, note: noRecordNote(plan) };
  return logger.group("Size baseline", async () => {
    if (plan.recordBranch === null)
      logger.info(`This run records no sizes: ${plan.noRecordReason}.`);
    return plan.compareBranch === null ? result : restoreNewest(result, plan.compareBranch, logger);
  });
}
async function restoreNewest(result, branch, logger) {
  const { plan, identity } = result;
  const dir = result.dir;
  const prefix = recordPrefix(identity, branch);
  let matched;
  try {
    await rm(dir, { recursive: true, force: true });
    const restored = await restoreDir(dir, prefix, [prefix]);
    if (restored.problem !== null) throw new Error(restored.problem);
    matched = restored.matchedKey;
  } catch (error) {
    logger.warning(`Size baseline: could not look up a record: ${error.message}`);
    return { ...result, note: `${result.note} (The lookup failed; see the warning.)` };
  }
  if (matched === null) {
    logger.info(`No size record matches ${prefix}`);
    return result;
  }
  try {
    const record = parseRecord(await readFile(path.join(dir, FILE), "utf8"));
    logger.info(`Comparing with size record ${matched}`);
    return { ...result, baseline: recordBaseline(record, plan.pullRequest), note: null };
  } catch (error) {
    const reason = existsSync(path.join(dir, FILE)) ? error.message : `no ${FILE} in it`;
    logger.warning(
      `Size baseline: the record ${matched} is unreadable (${reason}); comparing with nothing.`
    );
    return {
      ...result,
      note: `No baseline: the size record of \`${branch}\` is unreadable (${reason}). The next run on \`${branch}\` that is not a pull request records a new one.`
    };
  }
}
async function saveRecord(auto, artifacts, env, logger) {
  const branch = auto.plan.recordBranch;
  const dir = auto.dir;
  if (dir === null || branch === null) return;
  const key = recordKey(recordPrefix(auto.identity, branch), env, Date.now());
  await logger.group("Size record", () => save(dir, key, branch, artifacts, env, logger));
}
async function save(dir, key, branch, artifacts, env, logger) {
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, FILE), recordText(artifacts, branch, env));
    const problem = await saveDir(dir, key);
    if (problem !== null)
      logger.warning(`Size baseline: the record ${key} was not saved: ${problem}`);
    else logger.info(`Saved size record ${key}`);
  } catch (error) {
    logger.warning(`Size baseline: could not save the record ${key}: ${error.message}`);
  }
}
export {
  lookupBaseline,
  saveRecord
};
