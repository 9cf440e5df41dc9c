#!/usr/bin/env node
import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  INPUT_DEFAULTS,
  STATE_NAME,
  STOP_STATE_NAME,
  consoleLogger,
  finishSccache,
  parseSettings,
  parseState,
  parseStopState,
  runPipeline,
  stopFromStopState
} from "./chunks/chunk-INTRS6PZ.js";
import "./chunks/chunk-UCRIGKT4.js";
import "./chunks/chunk-TGO2FFS6.js";
import "./chunks/chunk-L7LSDWY6.js";
import "./chunks/chunk-XOMZUCRL.js";
import "./chunks/chunk-4SNYWJEW.js";
import {
  onStop
} from "./chunks/chunk-L7NBSL27.js";
import "./chunks/chunk-PLK4FPXW.js";
import "./chunks/chunk-GLLIZ4A3.js";
import "./chunks/chunk-C3MUXM2G.js";
import "./chunks/chunk-GEPKOSH5.js";

// src/cli-run.ts
import { parseArgs } from "node:util";

// src/report/terminal.ts
var STYLE = {
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  code: ["\x1B[36m", "\x1B[39m"],
  strike: ["\x1B[9m", "\x1B[29m"],
  red: ["\x1B[31m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"]
};
var ANSI = /\x1b\[[0-9;]*m/g;
function displayWidth(text) {
  return [...text.replace(ANSI, "")].length;
}
function styler(color) {
  return (style, text) => color ? `${STYLE[style][0]}${text}${STYLE[style][1]}` : text;
}
function inline(text, paint) {
  return text.replace(/<\/?(sub|code)>/g, "").replace(/`([^`]*)`/g, (_, code) => paint("code", code)).replace(/\*\*([^*]+)\*\*/g, (_, bold) => paint("bold", bold)).replace(/~~([^~]+)~~/g, (_, gone) => paint("strike", gone)).replace(/^_(.+)_$/, (_, note) => paint("dim", note));
}
function cells(row) {
  return row.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}
function table(rows, paint) {
  const [header, align, ...body] = rows.map(cells);
  const right = align.map((a) => a.endsWith(":") && !a.startsWith(":"));
  const grid = [
    header.map((h) => paint("bold", inline(h, paint))),
    ...body.map((r) => r.map((c) => inline(c, paint)))
  ];
  const widths = header.map((_, i) => Math.max(...grid.map((r) => displayWidth(r[i] ?? ""))));
  const line = (r) => r.map((c, i) => {
    const pad = " ".repeat(Math.max(0, widths[i] - displayWidth(c)));
    return right[i] ? pad + c : i === r.length - 1 ? c : c + pad;
  }).join("  ").trimEnd();
  const rule = widths.map((w) => "\u2500".repeat(w)).join("  ");
  return [line(grid[0]), rule, ...grid.slice(1).map(line)].map((l) => `  ${l}`);
}
var ALERTS = { CAUTION: "red", WARNING: "yellow", NOTE: "bold" };
function renderForTerminal(markdown, options) {
  const paint = styler(options.color);
  const lines = markdown.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("```")) {
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) out.push(`  ${lines[i]}`);
      continue;
    }
    if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
      i--;
      out.push(...rows.length >= 2 ? table(rows, paint) : rows.map((r) => inline(r, paint)));
      continue;
    }
    const summary = /^<details><summary>(.*)<\/summary>$/.exec(line);
    if (summary !== null) {
      out.push(`${paint("bold", inline(summary[1], paint))}:`);
      continue;
    }
    if (line === "</details>") continue;
    const heading = /^#{1,6} (.*)$/.exec(line);
    if (heading !== null) {
      out.push(paint("bold", inline(heading[1], paint)));
      continue;
    }
    const alert = /^> \[!([A-Z]+)\]$/.exec(line);
    if (alert !== null) {
      const text = [];
      for (i++; i < lines.length && lines[i].startsWith("> "); i++) text.push(lines[i].slice(2));
      i--;
      const label = paint(ALERTS[alert[1]] ?? "bold", `${alert[1]}:`);
      out.push(`${label} ${inline(text.join(" "), paint)}`);
      continue;
    }
    out.push(inline(line.startsWith("> ") ? line.slice(2) : line, paint));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

// src/cli-run.ts
var USAGE = `Usage: rust-optimize [--preset speed|size|balanced|quick|lambda|none] [--targets T,...]
                     [--manifest-path PATH] [--working-directory DIR] [--json | --markdown]
                     [--<input> VALUE ...]
Every action input is a flag of the same name, e.g. --target-cpu none, --baseline profile.
The report is printed for a terminal (colour on a TTY unless NO_COLOR is set); --markdown prints
the job summary's markdown, --json the action's outputs.`;
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
function useColor(env) {
  return process.stdout.isTTY === true && (env.NO_COLOR ?? "") === "" && env.TERM !== "dumb";
}
async function runCli(argv) {
  const options = {
    json: { type: "boolean" },
    markdown: { type: "boolean" },
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
  const forget = onStop(() => stopServerStarted(state, logger, false));
  try {
    const settings = parseSettings(read, process.cwd());
    const result = await runPipeline(settings, { ...process.env }, logger, {
      saveState: (name, value) => state.set(name, value)
    });
    if (values.json === true) print(`${JSON.stringify(result.outputs, null, 2)}
`);
    else if (values.markdown === true) print(`
${result.report}`);
    else print(`
${renderForTerminal(result.report, { color: useColor(process.env) })}`);
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
    forget();
    await stopServerStarted(state, logger, true);
  }
}
async function stopServerStarted(state, logger, stats) {
  const full = parseState(state.get(STATE_NAME) ?? "");
  if (full !== null && stats) await finishSccache(full, { ...process.env }, logger, false);
  else {
    const stop = full ?? parseStopState(state.get(STOP_STATE_NAME) ?? "");
    if (stop !== null) await stopFromStopState(stop, { ...process.env }, logger);
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
