import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/report/size-record.ts
import { createHash } from "node:crypto";

// src/report/sizes.ts
var artifactKey = (a) => `${a.target}/${a.name}`;
function applyBaseline(artifacts, baseline) {
  return artifacts.map((a) => {
    const before = baseline?.sizes[artifactKey(a)];
    return before === void 0 ? { ...a, baseline: null, delta: null } : { ...a, baseline: before, delta: a.size - before };
  });
}
function summarize(artifacts, baseline) {
  const total = artifacts.reduce((sum, a) => sum + a.size, 0);
  if (baseline === null) return { total, baselineTotal: null, delta: null, deltaPercent: null };
  const baselineTotal = Object.values(baseline.sizes).reduce((sum, s) => sum + s, 0);
  const delta = total - baselineTotal;
  const deltaPercent = baselineTotal === 0 ? null : round(delta / baselineTotal * 100, 2);
  return { total, baselineTotal, delta, deltaPercent };
}
function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
function overBudget(summary, budget) {
  if (summary.delta === null || summary.baselineTotal === null) return null;
  if (budget.unit === "bytes") return summary.delta > budget.value;
  if (summary.baselineTotal === 0) return summary.delta > 0;
  const micro = BigInt(Math.round(budget.value * 1e6));
  return BigInt(summary.delta) * 100n * 1000000n > micro * BigInt(summary.baselineTotal);
}
function grownArtifacts(artifacts, baseline) {
  if (baseline === null) return [];
  return artifacts.filter((a) => a.delta === null || a.delta > 0).sort((x, y) => (y.delta ?? y.size) - (x.delta ?? x.size));
}
function removedArtifacts(artifacts, baseline) {
  if (baseline === null) return [];
  const present = new Set(artifacts.map(artifactKey));
  return Object.entries(baseline.sizes).filter(([key]) => !present.has(key)).map(([key, size]) => {
    const at = key.lastIndexOf("/");
    return { target: key.slice(0, at), name: key.slice(at + 1), size };
  });
}
function formatBytes(bytes) {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} B`;
  if (abs < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (abs < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
function formatDelta(delta) {
  if (delta === null) return "\u2014";
  if (delta === 0) return "0 B";
  return `${delta > 0 ? "+" : "\u2212"}${formatBytes(Math.abs(delta))}`;
}
function formatPercent(delta, base) {
  if (delta === null || base === null || base === 0) return "\u2014";
  const p = delta / base * 100;
  if (p === 0) return "0%";
  return `${p > 0 ? "+" : "\u2212"}${Math.abs(p).toFixed(2)}%`;
}
function budgetFailure(artifacts, summary, baseline, budget) {
  if (budget === null || overBudget(summary, budget) !== true) return null;
  const grew = grownArtifacts(artifacts, baseline).map(
    (a) => a.delta === null || a.baseline === null ? `${artifactKey(a)} new (${formatBytes(a.size)})` : `${artifactKey(a)} ${formatDelta(a.delta)} (${formatPercent(a.delta, a.baseline)})`
  );
  const total = `${formatDelta(summary.delta)} (${summary.delta} bytes, ${formatPercent(summary.delta, summary.baselineTotal)})`;
  return `The total size grew ${total} over the baseline, more than the size budget ${budget.raw}.${grew.length > 0 ? ` Grew: ${grew.join("; ")}.` : ""}`;
}

// src/report/size-record.ts
var PR_EVENTS = ["pull_request", "pull_request_target"];
function planRecord(env, saveCache) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (PR_EVENTS.includes(event)) {
    return {
      compareBranch: env.GITHUB_BASE_REF || null,
      pullRequest: true,
      recordBranch: null,
      noRecordReason: "pull request runs compare but do not record"
    };
  }
  const branch = env.GITHUB_REF_NAME || null;
  return {
    compareBranch: branch,
    pullRequest: false,
    recordBranch: saveCache ? branch : null,
    noRecordReason: !saveCache ? "save-cache is false" : branch === null ? "no GITHUB_REF_NAME" : null
  };
}
var short = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
function recordIdentity(jobKey, cacheKey) {
  return JSON.stringify([jobKey, cacheKey]);
}
function recordPrefix(identity, branch) {
  return `rust-optimize-sizes-v1-${short(identity)}-${short(branch)}-`;
}
function recordKey(prefix, env, now) {
  const run = env.GITHUB_RUN_ID || String(now);
  return `${prefix}${run}-${env.GITHUB_RUN_ATTEMPT || "1"}`;
}
function recordText(artifacts, branch, env) {
  const record = {
    version: 1,
    branch,
    sha: env.GITHUB_SHA || null,
    runId: env.GITHUB_RUN_ID || null,
    sizes: Object.fromEntries(artifacts.map((a) => [artifactKey(a), a.size]))
  };
  return `${JSON.stringify(record, null, 2)}
`;
}
function parseRecord(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${error.message})`, { cause: error });
  }
  const r = data;
  if (r === null || typeof r !== "object" || r.version !== 1)
    throw new Error("not a version 1 record");
  if (typeof r.branch !== "string") throw new Error("no branch");
  const sizes = r.sizes;
  if (sizes === null || typeof sizes !== "object" || Array.isArray(sizes))
    throw new Error("no sizes");
  for (const [key, size] of Object.entries(sizes)) {
    if (!key.includes("/") || typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
      throw new Error(`bad size entry ${JSON.stringify(key)}`);
  }
  return {
    version: 1,
    branch: r.branch,
    sha: typeof r.sha === "string" ? r.sha : null,
    runId: typeof r.runId === "string" ? r.runId : null,
    sizes
  };
}
function recordBaseline(record, pullRequest) {
  const where = [
    record.sha === null ? null : record.sha.slice(0, 7),
    record.runId === null ? null : `run ${record.runId}`
  ].filter((x) => x !== null).join(", ");
  const what = pullRequest ? `base branch \`${record.branch}\`` : `the previous run on \`${record.branch}\``;
  return { description: `${what}${where === "" ? "" : ` (${where})`}`, sizes: record.sizes };
}
function noRecordNote(plan) {
  if (plan.compareBranch === null) {
    return plan.pullRequest ? "No baseline: the event names no base branch (GITHUB_BASE_REF)." : "No baseline: no branch to look up (GITHUB_REF_NAME is not set).";
  }
  if (plan.pullRequest) {
    return `No size record of the base branch \`${plan.compareBranch}\` yet. A run on \`${plan.compareBranch}\` that is not a pull request (a push, a schedule or a manual run) records one, with \`baseline: auto\` and \`save-cache: true\`.`;
  }
  return plan.recordBranch !== null ? `No earlier size record of \`${plan.compareBranch}\` yet; this run records one for the next run to compare with.` : `No earlier size record of \`${plan.compareBranch}\` yet, and this run records none (${plan.noRecordReason}).`;
}

export {
  artifactKey,
  applyBaseline,
  summarize,
  overBudget,
  grownArtifacts,
  removedArtifacts,
  formatBytes,
  formatDelta,
  formatPercent,
  budgetFailure,
  planRecord,
  recordIdentity,
  recordPrefix,
  recordKey,
  recordText,
  parseRecord,
  recordBaseline,
  noRecordNote
};
