import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/toolchain/early.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/exec.ts
import { spawn } from "node:child_process";

// src/stop.ts
import { constants } from "node:os";
var GRACE_MS = 5e3;
var HOOKS_MS = 3e3;
var children = /* @__PURE__ */ new Set();
var hooks = /* @__PURE__ */ new Set();
var stopping = false;
function isStopping() {
  return stopping;
}
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}
function running(t) {
  if (t.pgid !== void 0) return signalGroup(t.pgid, 0);
  return t.child.pid !== void 0 && t.child.exitCode === null && t.child.signalCode === null;
}
function kill(t, signal) {
  if (t.pgid !== void 0) signalGroup(t.pgid, signal);
  else if (signal === "SIGKILL") t.child.kill();
}
function trackChild(child, pgid) {
  const t = { child, pgid };
  children.add(t);
  return () => children.delete(t);
}
function onStop(hook) {
  installStopHandlers();
  hooks.add(hook);
  return () => hooks.delete(hook);
}
async function runHooks() {
  const all = [...hooks];
  hooks.clear();
  const done = Promise.all(
    all.map(async (hook) => {
      try {
        await hook();
      } catch (error) {
        process.stderr.write(`cleanup failed: ${error.message}
`);
      }
    })
  );
  let timer;
  const late = new Promise((resolve) => timer = setTimeout(resolve, HOOKS_MS, "late"));
  if (await Promise.race([done, late]) === "late")
    process.stderr.write(`cleanup did not finish within ${HOOKS_MS / 1e3} s
`);
  clearTimeout(timer);
}
async function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  if (children.size > 0)
    process.stderr.write(`Received ${signal}: stopping the processes started
`);
  for (const t of children) kill(t, signal);
  const deadline = Date.now() + GRACE_MS;
  while ([...children].some(running) && Date.now() < deadline + 1e3) {
    if (Date.now() > deadline) for (const t of children) kill(t, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await runHooks();
  process.exit(128 + constants.signals[signal]);
}
var handlersInstalled = false;
function installStopHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => void stopAll(signal));
}

// src/exec.ts
var ExecError = class extends Error {
  constructor(command, result) {
    const detail = result.stderr.trim().split("\n").slice(-5).join("\n");
    super(`'${command}' failed with exit code ${result.code}${detail ? `:
${detail}` : ""}`);
    this.command = command;
    this.result = result;
    this.name = "ExecError";
  }
  command;
  result;
};
function lineSplitter(onLine) {
  let pending = "";
  return {
    push: (chunk) => {
      if (onLine === void 0) return;
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) onLine(line.replace(/\r$/, ""));
    },
    flush: () => {
      if (onLine !== void 0 && pending !== "") onLine(pending);
      pending = "";
    }
  };
}
function run(program, args, options = {}) {
  installStopHandlers();
  const cleanup = isStopping();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true,
      // A group of its own, so that a signal reaches the child's own children too.
      detached: process.platform !== "win32",
      timeout: options.timeoutMs,
      signal: options.signal
    });
    const pgid = process.platform === "win32" ? void 0 : child.pid;
    const forget = cleanup ? () => void 0 : trackChild(child, pgid);
    let stdout = "";
    let stderr = "";
    const outLines = lineSplitter(options.onStdoutLine);
    const errLines = lineSplitter(options.onStderrLine);
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      if (options.onStdoutLine === void 0) stdout += chunk;
      else outLines.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      errLines.push(chunk);
    });
    child.on("error", (error) => {
      if (child.pid === void 0) forget();
      reject(error);
    });
    child.on("close", (code, signal) => {
      if (isStopping() && !cleanup) return;
      forget();
      outLines.flush();
      errLines.flush();
      resolve({ code: code ?? 1, stdout, stderr, signal });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
async function output(program, args, options = {}) {
  const result = await run(program, args, options);
  if (result.code !== 0) throw new ExecError([program, ...args].join(" "), result);
  return result.stdout;
}

// src/toolchain/early.ts
function likelyToolchainEnv(toolchain) {
  return toolchain === null ? { RUSTUP_AUTO_INSTALL: "0" } : { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: "0" };
}
function toolchainProbes(toolchain, cwd, env) {
  const rustcEnv = { ...env, ...likelyToolchainEnv(toolchain), RUST_BACKTRACE: "0" };
  const rustc = (args) => ({ program: "rustc", args, cwd, env: rustcEnv });
  const probeEnv = { ...env, RUSTUP_AUTO_INSTALL: "0", RUST_BACKTRACE: "0" };
  return {
    version: rustc(["-vV"]),
    sysroot: rustc(["--print", "sysroot"]),
    active: toolchain === null ? { program: "rustup", args: ["show", "active-toolchain"], cwd, env: probeEnv } : null
  };
}
function withoutInputs(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
function withoutRunnerTokens(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^ACTIONS_/i.test(name)));
}
function metadataCall(cwd, manifestPath, env) {
  const args = ["metadata", "--no-deps", "--format-version", "1", "--offline"];
  if (manifestPath !== null) args.push("--manifest-path", manifestPath);
  return { program: "cargo", args, cwd, env };
}
function guessInputs(env, cwd) {
  const toolchain = (env.INPUT_TOOLCHAIN ?? "").trim();
  if (toolchain !== "" && !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(toolchain)) return null;
  const wd = (env["INPUT_WORKING-DIRECTORY"] ?? "").trim() || ".";
  const workingDirectory = path.resolve(env.GITHUB_WORKSPACE ?? cwd, wd);
  const manifest = (env["INPUT_MANIFEST-PATH"] ?? "").trim();
  return {
    toolchain: toolchain === "" ? null : toolchain,
    workingDirectory,
    manifestPath: manifest === "" ? null : path.resolve(workingDirectory, manifest)
  };
}
var started = /* @__PURE__ */ new Map();
var keyOf = (c) => JSON.stringify([
  c.program,
  c.args,
  c.cwd,
  Object.entries(c.env).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
]);
function startEarly(calls) {
  for (const c of calls) {
    const result = run(c.program, c.args, { cwd: c.cwd, env: c.env });
    result.catch(() => void 0);
    started.set(keyOf(c), result);
  }
}
function takeOrRun(c) {
  const key = keyOf(c);
  const early = started.get(key);
  if (early !== void 0) {
    started.delete(key);
    return early;
  }
  return run(c.program, c.args, { cwd: c.cwd, env: c.env });
}
function startToolchainProbes(env, cwd) {
  const guess = guessInputs(env, cwd);
  if (guess === null || !existsSync(guess.workingDirectory)) return;
  const { toolchain, workingDirectory: dir, manifestPath } = guess;
  const stepEnv = withoutInputs(env);
  const probes = toolchainProbes(toolchain, dir, stepEnv);
  const cargoEnv = withoutRunnerTokens({ ...stepEnv, ...likelyToolchainEnv(toolchain) });
  startEarly([
    metadataCall(dir, manifestPath, cargoEnv),
    probes.version,
    probes.sysroot,
    ...probes.active === null ? [] : [probes.active]
  ]);
}

export {
  onStop,
  ExecError,
  run,
  output,
  likelyToolchainEnv,
  toolchainProbes,
  withoutInputs,
  withoutRunnerTokens,
  metadataCall,
  takeOrRun,
  startToolchainProbes
};
