import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  __toESM,
  require_tunnel,
  require_undici
} from "./chunk-YGN27MGD.js";

// node_modules/@actions/core/lib/summary.js
import { EOL } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/logger.ts
var actionsLogger = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  annotate: (d) => {
    const props = {
      title: d.message,
      file: d.file,
      startLine: d.startLine,
      endLine: d.endLine,
      startColumn: d.startColumn,
      endColumn: d.endColumn
    };
    if (d.level === "error") error(d.rendered, props);
    else warning(d.rendered, props);
  },
  group: (name, fn) => group(name, fn)
};
function consoleLogger() {
  const write = (m) => {
    process.stderr.write(`${m}
`);
  };
  return {
    info: write,
    warning: (m) => write(`warning: ${m}`),
    annotate: () => void 0,
    // the rendered diagnostic was already printed with cargo's output
    group: async (name, fn) => {
      write(`
== ${name}`);
      return fn();
    }
  };
}

// src/presets.ts
var PRESET_NAMES = ["speed", "size", "balanced", "quick", "lambda", "none"];
var PROFILE_KEYS = [
  "opt-level",
  "lto",
  "codegen-units",
  "panic",
  "strip",
  "debug",
  "split-debuginfo",
  "debug-assertions",
  "overflow-checks",
  "incremental",
  "rpath"
];
var FAST = { "codegen-units": 1, panic: "abort", strip: "symbols", debug: false };
var PRESETS = {
  speed: { profile: { "opt-level": 3, lto: "fat", ...FAST }, cpuTable: "default" },
  size: { profile: { "opt-level": "z", lto: "fat", ...FAST }, cpuTable: null },
  balanced: { profile: { "opt-level": "s", lto: "fat", ...FAST }, cpuTable: "default" },
  quick: { profile: { "opt-level": 3, lto: "thin", strip: "symbols" }, cpuTable: "default" },
  lambda: {
    profile: { lto: "thin", "codegen-units": 1, panic: "abort", strip: "symbols" },
    cpuTable: "lambda"
  },
  none: { profile: {}, cpuTable: null }
};
function autoTargetCpu(preset, triple) {
  const table = PRESETS[preset].cpuTable;
  if (table === null) return null;
  const arch2 = triple.split("-")[0];
  if (arch2 === "x86_64") return table === "lambda" ? "haswell" : "x86-64-v3";
  if (arch2 === "aarch64" || arch2 === "arm64") {
    if (/-apple-/.test(triple)) return "apple-m1";
    if (/-linux-/.test(triple)) return "neoverse-n1";
  }
  return null;
}
function cpuFloor(cpu) {
  const known = {
    "x86-64-v3": "x86-64-v3: AVX2, BMI1/2, FMA, MOVBE (Intel Haswell 2013+, AMD Excavator/Zen 2015+)",
    haswell: "Intel Haswell: AVX2, BMI1/2, FMA (Intel 2013+, AMD Zen+)",
    "x86-64-v2": "x86-64-v2: SSE4.2, POPCNT (Intel Nehalem 2008+, AMD Bulldozer 2011+)",
    "x86-64-v4": "x86-64-v4: AVX-512 (Intel Skylake-SP/Ice Lake+, AMD Zen 4+)",
    "neoverse-n1": "Arm Neoverse N1: Armv8.2-A with LSE atomics (AWS Graviton2+, Ampere Altra)",
    "apple-m1": "Apple M1 or newer"
  };
  return known[cpu] ?? cpu;
}

// src/profile-values.ts
function isProfileKey(key) {
  return PROFILE_KEYS.includes(key);
}
var BOOL_KEYS = ["debug-assertions", "overflow-checks", "incremental", "rpath"];
function validateProfileValue(key, value) {
  switch (key) {
    case "opt-level":
      return typeof value === "number" && [0, 1, 2, 3].includes(value) || typeof value === "string" && ["0", "1", "2", "3", "s", "z"].includes(value) ? null : 'expected 0, 1, 2, 3, "s" or "z"';
    case "lto":
      return typeof value === "boolean" || typeof value === "string" && ["fat", "thin", "off"].includes(value) ? null : 'expected true, false, "fat", "thin" or "off"';
    case "codegen-units":
      return typeof value === "number" && Number.isInteger(value) && value > 0 ? null : "expected a whole number greater than 0";
    case "panic":
      return value === "unwind" || value === "abort" ? null : 'expected "unwind" or "abort"';
    case "strip":
      return typeof value === "boolean" || typeof value === "string" && ["none", "debuginfo", "symbols"].includes(value) ? null : 'expected true, false, "none", "debuginfo" or "symbols"';
    case "debug":
      return typeof value === "boolean" || typeof value === "number" && [0, 1, 2].includes(value) || typeof value === "string" && ["none", "limited", "full", "line-tables-only", "line-directives-only"].includes(value) ? null : 'expected true, false, 0, 1, 2, "none", "limited", "full", "line-tables-only" or "line-directives-only"';
    case "split-debuginfo":
      return typeof value === "string" && ["off", "packed", "unpacked"].includes(value) ? null : 'expected "off", "packed" or "unpacked"';
    default:
      return BOOL_KEYS.includes(key) && typeof value === "boolean" ? null : "expected true or false";
  }
}
function debugEnabled(value) {
  return value !== void 0 && value !== false && value !== 0 && value !== "none" && value !== "0";
}
function profileEnvName(profile, key) {
  return `CARGO_PROFILE_${profile.toUpperCase().replace(/[-.]/g, "_")}_${key.toUpperCase().replace(/[-.]/g, "_")}`;
}
function parseEnvProfileValue(key, raw) {
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (/^\d+$/.test(raw) && key !== "opt-level") return Number(raw);
  if (key === "opt-level" && /^\d$/.test(raw)) return Number(raw);
  return raw;
}

// src/profile.ts
var BUILT_IN_PARENT = {
  release: null,
  dev: null,
  bench: "release",
  test: "dev"
};
function resolveUserProfile(profile, sources, env) {
  const lookup = (name, key) => {
    const envName = profileEnvName(name, key);
    const fromEnv = env[envName];
    if (fromEnv !== void 0 && fromEnv !== "" && isProfileKey(key)) {
      return { value: parseEnvProfileValue(key, fromEnv), origin: `env ${envName}` };
    }
    for (let i = sources.length - 1; i >= 0; i--) {
      const value = sources[i].profiles[name]?.[key];
      if (value !== void 0) {
        return { value, origin: `${sources[i].label} [profile.${name}]` };
      }
    }
    return void 0;
  };
  const chain = [];
  for (let name = profile; name !== null; ) {
    if (chain.includes(name)) {
      throw new Error(`Profile '${profile}' has an inherits cycle: ${[...chain, name].join(" \u2192 ")}`);
    }
    chain.push(name);
    const inherits = lookup(name, "inherits")?.value;
    if (name in BUILT_IN_PARENT) {
      name = BUILT_IN_PARENT[name];
    } else if (typeof inherits === "string") {
      name = inherits;
    } else {
      const defined = sources.some((s) => s.profiles[name] !== void 0);
      throw new Error(
        defined ? `Input 'profile' names the custom profile "${profile}", but [profile.${name}] has no 'inherits' key; cargo requires one` : `Input 'profile' has the value "${profile}", but no [profile.${profile}] exists in Cargo.toml or .cargo/config.toml; expected 'release', 'dev' or a custom profile defined there`
      );
    }
  }
  const settings = {};
  for (const key of PROFILE_KEYS) {
    for (const name of chain) {
      const found = lookup(name, key);
      if (found !== void 0) {
        settings[key] = found;
        break;
      }
    }
  }
  return { chain, settings };
}
var RELEASE_DEFAULTS = {
  "opt-level": 3,
  lto: false,
  "codegen-units": 16,
  panic: "unwind",
  strip: "none",
  debug: false,
  "split-debuginfo": "off",
  "debug-assertions": false,
  "overflow-checks": false,
  incremental: false,
  rpath: false
};
var DEV_DEFAULTS = {
  ...RELEASE_DEFAULTS,
  "opt-level": 0,
  "codegen-units": 256,
  debug: true,
  "debug-assertions": true,
  "overflow-checks": true,
  incremental: true
};
function envValue(value) {
  return String(value);
}
function planProfile(user, options) {
  const root = user.chain[user.chain.length - 1];
  const defaults = root === "dev" ? DEV_DEFAULTS : RELEASE_DEFAULTS;
  const preset = { ...PRESETS[options.preset].profile, ...options.extra };
  const env = {};
  const effective = {};
  const skipped = [];
  const order = ["debug", ...PROFILE_KEYS.filter((k) => k !== "debug")];
  for (const key of order) {
    const mine = user.settings[key];
    const override = options.overrides[key];
    const fromPreset = preset[key];
    let chosen;
    const forced = options.forced?.[key];
    if (override !== void 0) {
      chosen = { value: override, source: "override" };
    } else if (forced !== void 0) {
      chosen = { value: forced, source: "preset", note: options.forcedNote };
    } else if (fromPreset !== void 0 && mine !== void 0 && options.respectUserProfile) {
      skipped.push({ key, preset: fromPreset, reason: `set by you in ${mine.origin}` });
      chosen = { value: mine.value, source: "user", note: mine.origin };
    } else if (fromPreset !== void 0 && key === "strip" && (effective.debug?.source === "user" || effective.debug?.source === "override") && debugEnabled(effective.debug.value)) {
      skipped.push({ key, preset: fromPreset, reason: "your profile enables debug info" });
      chosen = mine !== void 0 ? { value: mine.value, source: "user", note: mine.origin } : { value: defaults[key], source: "default" };
    } else if (fromPreset !== void 0) {
      chosen = { value: fromPreset, source: "preset" };
    } else if (mine !== void 0) {
      chosen = { value: mine.value, source: "user", note: mine.origin };
    } else {
      if (key === "split-debuginfo") continue;
      chosen = { value: defaults[key], source: "default" };
    }
    if (chosen.source === "override" || chosen.source === "preset") {
      env[profileEnvName(options.profile, key)] = envValue(chosen.value);
    }
    effective[key] = chosen;
  }
  const panic = effective.panic;
  const panicAbortApplied = panic !== void 0 && panic.value === "abort" && (panic.source === "preset" || panic.source === "override");
  return { env, effective, skipped, panicAbortApplied };
}
function profileOutput(plan) {
  const out = {};
  for (const key of PROFILE_KEYS) {
    const entry = plan.effective[key];
    if (entry !== void 0) out[key] = { value: entry.value, source: entry.source };
  }
  return out;
}

// src/outputs.ts
var OUTPUT_NAMES = [
  "artifacts",
  "paths",
  "total-size",
  "baseline-size",
  "size-delta",
  "size-delta-percent",
  "report",
  "profile",
  "rustflags",
  "sccache-hit-rate",
  "cache-hit"
];
function buildOutputs(data) {
  const artifacts = data.artifacts.map((a) => ({
    name: a.name,
    kind: a.kind,
    target: a.target,
    path: a.path,
    size: a.size,
    sha256: a.sha256,
    baseline: a.baseline,
    delta: a.delta,
    debugSymbols: a.debugSymbols
  }));
  const num = (n) => n === null ? "" : String(n);
  return {
    artifacts: JSON.stringify(artifacts),
    paths: data.artifacts.map((a) => a.path).join("\n"),
    "total-size": String(data.summary.total),
    "baseline-size": num(data.summary.baselineTotal),
    "size-delta": num(data.summary.delta),
    "size-delta-percent": num(data.summary.deltaPercent),
    report: data.report,
    profile: JSON.stringify(profileOutput(data.plan)),
    rustflags: JSON.stringify(Object.fromEntries(data.rustflags.map((r) => [r.triple, r.added]))),
    "sccache-hit-rate": num(data.sccacheHitRate),
    "cache-hit": data.cacheHit ? "true" : "false"
  };
}

// src/pipeline.ts
import path5 from "node:path";

// src/artifacts.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
async function measure(files) {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      kind: f.kind,
      target: f.target,
      path: f.path,
      size: (await stat2(f.path)).size,
      sha256: await sha256File(f.path),
      baseline: null,
      delta: null,
      debugSymbols: null
    }))
  );
}

// src/exec.ts
import { spawn } from "node:child_process";
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
function run(program, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    let stdout = "";
    let stderr = "";
    let pending = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      if (options.onStdoutLine === void 0) {
        stdout += chunk;
        return;
      }
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) options.onStdoutLine(line);
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      options.onStderr?.(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (pending !== "" && options.onStdoutLine !== void 0) options.onStdoutLine(pending);
      resolve({ code: code ?? 1, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}
async function output(program, args, options = {}) {
  const result = await run(program, args, options);
  if (result.code !== 0) throw new ExecError([program, ...args].join(" "), result);
  return result.stdout;
}

// src/cargo-messages.ts
import path from "node:path";
function libKind(file, crateTypes) {
  const base = path.basename(file);
  if (/\.(dll\.lib|dll\.a|dll\.exp|rlib|rmeta|pdb|dwp|d)$/.test(base)) return null;
  if (/\.(so|dylib|dll)$/.test(base)) return crateTypes.includes("cdylib") ? "cdylib" : "dylib";
  if (/\.(a|lib)$/.test(base)) return crateTypes.includes("staticlib") ? "staticlib" : null;
  return null;
}
function parseCargoLine(line, memberIds, triple) {
  if (!line.startsWith("{")) return { kind: "other" };
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return { kind: "other" };
  }
  if (msg.reason === "build-finished") {
    return { kind: "finished", success: msg.success };
  }
  if (msg.reason === "compiler-message") {
    const diagnostic = toDiagnostic(msg);
    return diagnostic === null ? { kind: "other" } : { kind: "diagnostic", diagnostic };
  }
  if (msg.reason !== "compiler-artifact") return { kind: "other" };
  const art = msg;
  if (!memberIds.has(art.package_id) || art.profile.test) return { kind: "other" };
  const files = [];
  if (art.target.kind.includes("bin") && art.executable) {
    files.push({
      name: path.basename(art.executable),
      kind: "bin",
      target: triple,
      path: art.executable
    });
  }
  if (art.target.kind.some((k) => ["cdylib", "dylib", "staticlib"].includes(k))) {
    for (const file of art.filenames) {
      const kind = libKind(file, art.target.crate_types);
      if (kind !== null) files.push({ name: path.basename(file), kind, target: triple, path: file });
    }
  }
  return files.length > 0 ? { kind: "artifact", files } : { kind: "other" };
}
function toDiagnostic(msg) {
  const { level, message, rendered, spans } = msg.message;
  const mapped = level === "error" || level.startsWith("error") ? "error" : level === "warning" ? "warning" : null;
  if (mapped === null) return null;
  const span = spans.find((s) => s.is_primary) ?? spans[0];
  const diagnostic = { level: mapped, message, rendered: rendered ?? message };
  if (span !== void 0) {
    diagnostic.file = span.file_name;
    diagnostic.startLine = span.line_start;
    diagnostic.endLine = span.line_end;
    if (span.line_start === span.line_end) {
      diagnostic.startColumn = span.column_start;
      diagnostic.endColumn = span.column_end;
    }
  }
  return diagnostic;
}
function uniqueFiles(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.filter((f) => seen.has(f.path) ? false : (seen.add(f.path), true));
}

// src/cargo-build.ts
function buildArgs(settings, triple, targetDir) {
  const args = ["build", "--profile", settings.profile, "--target", triple, "--message-format=json"];
  if (settings.manifestPath !== null) args.push("--manifest-path", settings.manifestPath);
  for (const p of settings.packages) args.push("-p", p);
  for (const b of settings.bins) args.push("--bin", b);
  if (settings.features.length > 0) args.push("--features", settings.features.join(","));
  if (settings.allFeatures) args.push("--all-features");
  if (settings.noDefaultFeatures) args.push("--no-default-features");
  if (settings.locked) args.push("--locked");
  if (targetDir !== null) args.push("--target-dir", targetDir);
  args.push(...settings.cargoArgs);
  return args;
}
async function cargoBuild(options) {
  const files = [];
  const diagnostics = [];
  let finished = null;
  const result = await run("cargo", options.args, {
    cwd: options.cwd,
    env: { CARGO_TERM_COLOR: "never", ...options.env },
    onStdoutLine: (line) => {
      const msg = parseCargoLine(line, options.memberIds, options.triple);
      if (msg.kind === "artifact") files.push(...msg.files);
      else if (msg.kind === "diagnostic") {
        diagnostics.push(msg.diagnostic);
        options.log(msg.diagnostic.rendered.trimEnd());
      } else if (msg.kind === "finished") finished = msg.success;
    },
    onStderr: (chunk) => options.log(chunk.trimEnd())
  });
  return {
    success: result.code === 0 && finished !== false,
    files: uniqueFiles(files),
    diagnostics,
    stderrTail: result.stderr.trim().split("\n").slice(-20).join("\n")
  };
}

// src/debug-symbols.ts
import { existsSync as existsSync2 } from "node:fs";
import { rename as rename2, rm as rm2, stat as stat3 } from "node:fs/promises";
import path2 from "node:path";
function symbolFamily(triple) {
  if (/-apple-/.test(triple)) return "macho";
  if (/-windows-msvc$/.test(triple)) return "msvc";
  if (/-windows-|^wasm|-uefi$|-cuda$/.test(triple) || triple.endsWith(".json")) return "unsupported";
  return "elf";
}
var FORCED_NOTE = "debug-symbols: linked with symbols, split off after the build";
function planDebugSymbols(user, merge, targets) {
  const families = new Set(targets.map(symbolFamily));
  const warnings = [];
  for (const t of targets.filter((t2) => symbolFamily(t2) === "unsupported")) {
    warnings.push(
      `debug-symbols: not supported for ${t} (supported: Linux and other ELF targets, Apple, Windows MSVC); its artifacts are left as built.`
    );
  }
  const strip = planProfile(user, merge).effective.strip?.value;
  const shippedStrip = strip === "symbols" || strip === true ? "all" : "debug";
  const forced = {};
  const userDebug = user.settings.debug;
  const overrideDebug = merge.overrides.debug;
  const debug2 = overrideDebug ?? userDebug?.value;
  if (debug2 === void 0) forced.debug = true;
  else if (!debugEnabled(debug2)) {
    warnings.push(
      `debug-symbols: ${overrideDebug !== void 0 ? "the overrides input" : `your profile (${userDebug?.origin})`} sets debug = ${JSON.stringify(debug2)}, so the separate symbol files hold symbol names but no source lines.`
    );
  }
  if (families.has("elf") || families.has("macho")) forced.strip = "none";
  if (families.size === 1 && families.has("elf")) forced["split-debuginfo"] = "off";
  if (families.size === 1 && families.has("macho")) forced["split-debuginfo"] = "packed";
  const overriddenStrip = merge.overrides.strip;
  if (forced.strip !== void 0 && overriddenStrip !== void 0 && overriddenStrip !== "none") {
    warnings.push(
      `debug-symbols: the overrides input sets strip = ${JSON.stringify(overriddenStrip)}, which removes the symbols at link time; the separate files will be nearly empty.`
    );
  }
  return { forced, shippedStrip, warnings };
}
function elfSplitArgs(base, strip) {
  const debugFile = `${base}.debug`;
  const temp = `${base}.rust-optimize-stripped`;
  return {
    debugFile,
    temp,
    keep: ["--only-keep-debug", base, debugFile],
    strip: [
      strip === "all" ? "--strip-all" : "--strip-debug",
      // rustc's loaded marker section for gdb's pretty printers; rust-gdb loads them anyway.
      "--remove-section=.debug_gdb_scripts",
      `--add-gnu-debuglink=${debugFile}`,
      base,
      temp
    ]
  };
}
function gnuPrefix(triple) {
  const [arch2, , ...rest] = triple.split("-");
  return [arch2, ...rest].join("-");
}
async function works(tool) {
  try {
    return (await run(tool.program, ["--version"], { env: tool.env })).code === 0;
  } catch {
    return false;
  }
}
async function findObjcopy(triple, host, env) {
  const candidates = [];
  try {
    const sysroot = (await output("rustc", ["--print", "sysroot"], { env })).trim();
    const program = path2.join(sysroot, "lib", "rustlib", host, "bin", "rust-objcopy");
    const lib = path2.join(sysroot, "lib");
    const ld = host.includes("apple") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
    if (existsSync2(program)) {
      candidates.push({
        program,
        env: { ...env, [ld]: env[ld] ? `${lib}${path2.delimiter}${env[ld]}` : lib }
      });
    }
  } catch {
  }
  candidates.push({ program: triple === host ? "objcopy" : `${gnuPrefix(triple)}-objcopy`, env });
  for (const c of candidates) if (await works(c)) return c;
  return null;
}
async function runTool(tool, args, cwd) {
  const result = await run(tool.program, args, { cwd, env: tool.env });
  if (result.code !== 0) {
    throw new Error(
      `${path2.basename(tool.program)} ${args.join(" ")} failed: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`
    );
  }
}
async function splitElf(a, tool, strip) {
  const dir = path2.dirname(a.path);
  const calls = elfSplitArgs(path2.basename(a.path), strip);
  await runTool(tool, calls.keep, dir);
  try {
    await runTool(tool, calls.strip, dir);
    await rename2(path2.join(dir, calls.temp), a.path);
  } finally {
    await rm2(path2.join(dir, calls.temp), { force: true });
  }
  return path2.join(dir, calls.debugFile);
}
async function splitMachO(a, tool, strip, env) {
  const dsym = `${a.path}.dSYM`;
  if (!existsSync2(dsym))
    await runTool({ program: "dsymutil", env }, [a.path, "-o", dsym], path2.dirname(a.path));
  const temp = `${a.path}.rust-optimize-stripped`;
  const flag = strip === "debug" ? "--strip-debug" : a.kind === "bin" ? "--strip-all" : "--discard-all";
  try {
    await runTool(tool, [flag, a.path, temp], path2.dirname(a.path));
    await rename2(temp, a.path);
  } finally {
    await rm2(temp, { force: true });
  }
  return dsym;
}
function pdbPath(file) {
  const stem = path2.basename(file).replace(/\.(exe|dll)$/i, "");
  return path2.join(path2.dirname(file), `${stem.replace(/-/g, "_")}.pdb`);
}
async function splitDebugSymbols(artifacts, opts) {
  const warnings = [];
  const info2 = [];
  const tools = /* @__PURE__ */ new Map();
  const result = [];
  for (const a of artifacts) {
    const family = symbolFamily(a.target);
    if (family === "unsupported" || a.kind === "staticlib") {
      result.push(a);
      continue;
    }
    let symbols = null;
    if (family === "msvc") {
      const pdb = pdbPath(a.path);
      if (existsSync2(pdb)) symbols = pdb;
      else warnings.push(`debug-symbols: no ${path2.basename(pdb)} next to ${a.path}.`);
    } else {
      if (!tools.has(a.target))
        tools.set(a.target, await findObjcopy(a.target, opts.host, opts.env));
      const tool = tools.get(a.target) ?? null;
      if (tool === null) {
        throw new Error(
          `debug-symbols: no objcopy for ${a.target}: neither the toolchain's rust-objcopy nor ${a.target === opts.host ? "objcopy" : `${gnuPrefix(a.target)}-objcopy (binutils for that target)`} runs; ${a.name} would ship unstripped.`
        );
      }
      try {
        symbols = family === "elf" ? await splitElf(a, tool, opts.strip) : await splitMachO(a, tool, opts.strip, opts.env);
      } catch (error2) {
        throw new Error(`debug-symbols: ${a.target}/${a.name}: ${error2.message}`, {
          cause: error2
        });
      }
      info2.push(`${a.target}/${a.name}: symbols in ${symbols} (${path2.basename(tool.program)})`);
    }
    const size = (await stat3(a.path)).size;
    result.push({ ...a, size, sha256: await sha256File(a.path), debugSymbols: symbols });
  }
  return { artifacts: result, warnings, info: info2 };
}

// src/pr-comment.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = ["pull_request", "pull_request_target"];
function readEventPayload(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
function decideComment(mode, env, payload) {
  if (mode === "false") return { post: false, reason: "comment is false" };
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!PR_EVENTS.includes(event)) {
    return {
      post: false,
      reason: event === "" ? "not running in a workflow" : `the ${event} event is not a pull request`
    };
  }
  const p = payload ?? {};
  const number = p.pull_request?.number;
  const fullName = env.GITHUB_REPOSITORY || p.repository?.full_name || "";
  const [owner, repo] = fullName.split("/");
  if (typeof number !== "number" || !owner || !repo) {
    return {
      post: false,
      reason: "the event payload names no pull request number or repository"
    };
  }
  const head = p.pull_request?.head?.repo?.full_name;
  const base = p.pull_request?.base?.repo?.full_name ?? fullName;
  return {
    post: true,
    target: {
      apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
      owner,
      repo,
      number,
      fromFork: head !== void 0 && head !== base
    }
  };
}
function defaultCommentKey(env, targets) {
  return [env.GITHUB_JOB || "job", ...targets].join(" ");
}
function commentMarker(key) {
  const safe = key.replace(/--+/g, "-").replace(/[<>"\s]+/g, " ").trim();
  return `<!-- rust-optimize-report key="${safe}" -->`;
}
function commentBody(report, marker) {
  return `${report.trimEnd()}

${marker}
`;
}
function findMarked(comments, marker) {
  const marked = comments.filter((c) => (c.body ?? "").includes(marker));
  return marked.length > 0 ? marked[marked.length - 1] : null;
}
async function upsertComment(target, token, marker, body) {
  const { getOctokit } = await import("./github-G55NSTWT.js");
  const octokit = getOctokit(token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.number,
    per_page: 100
  });
  const existing = findMarked(comments, marker);
  if (existing !== null) {
    const res2 = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
    return { action: "updated", id: res2.data.id, url: res2.data.html_url };
  }
  const res = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.number,
    body
  });
  return { action: "created", id: res.data.id, url: res.data.html_url };
}
function describeCommentError(error2, target, token) {
  const status = error2.status;
  const raw = error2 instanceof Error ? error2.message : String(error2);
  const message = (token === "" ? raw : raw.split(token).join("***")).split("\n")[0];
  const head = `Could not comment on pull request #${target.number}${typeof status === "number" ? ` (HTTP ${status})` : ""}: ${message}`;
  if (status === 403 || status === 404 || status === 401) {
    const why = target.fromFork ? "The pull request comes from a fork, and its token is read-only." : "The token lacks permission: give the job `permissions: pull-requests: write`.";
    return `${head}. ${why} To comment on fork pull requests, post the \`report\` output from a \`workflow_run\` workflow (see the README), or set \`comment: false\`.`;
  }
  return head;
}
async function publishComment(opts) {
  const decision = decideComment(opts.mode, opts.env, readEventPayload(opts.env));
  if (!decision.post)
    return { info: [`No pull request comment: ${decision.reason}.`], warning: null, failure: null };
  const problem = (text) => opts.mode === "true" ? { info: [], warning: null, failure: text } : { info: [], warning: text, failure: null };
  if (opts.token === "") {
    return problem(
      `Could not comment on pull request #${decision.target.number}: the github-token input is empty.`
    );
  }
  const marker = commentMarker(opts.key);
  try {
    const result = await upsertComment(
      decision.target,
      opts.token,
      marker,
      commentBody(opts.report, marker)
    );
    return {
      info: [
        `${result.action === "created" ? "Created" : "Updated"} comment ${result.id} on pull request #${decision.target.number} (key "${opts.key}"): ${result.url}`
      ],
      warning: null,
      failure: null
    };
  } catch (error2) {
    return problem(describeCommentError(error2, decision.target, opts.token));
  }
}

// src/report.ts
import path3 from "node:path";

// src/sizes.ts
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
function overBudget(summary2, budget) {
  if (summary2.delta === null || summary2.baselineTotal === null) return null;
  if (budget.unit === "bytes") return summary2.delta > budget.value;
  if (summary2.baselineTotal === 0) return summary2.delta > 0;
  const micro = BigInt(Math.round(budget.value * 1e6));
  return BigInt(summary2.delta) * 100n * 1000000n > micro * BigInt(summary2.baselineTotal);
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
function budgetFailure(artifacts, summary2, baseline, budget) {
  if (budget === null || overBudget(summary2, budget) !== true) return null;
  const grew = grownArtifacts(artifacts, baseline).map(
    (a) => a.delta === null || a.baseline === null ? `${artifactKey(a)} new (${formatBytes(a.size)})` : `${artifactKey(a)} ${formatDelta(a.delta)} (${formatPercent(a.delta, a.baseline)})`
  );
  const total = `${formatDelta(summary2.delta)} (${summary2.delta} bytes, ${formatPercent(summary2.delta, summary2.baselineTotal)})`;
  return `The total size grew ${total} over the baseline, more than the size budget ${budget.raw}.${grew.length > 0 ? ` Grew: ${grew.join("; ")}.` : ""}`;
}

// src/report.ts
var PANIC_NOTICE = 'This build uses `panic = "abort"`: a panic ends the process at once, and `catch_unwind` no longer catches (a panicking thread or async task aborts the whole program). To keep unwinding, add `overrides: panic = "unwind"`.';
function verdict(d) {
  const n = d.artifacts.length;
  const head = `**rust-optimize** \xB7 preset \`${d.preset}\` \xB7 ${n} artifact${n === 1 ? "" : "s"}, ${formatBytes(d.summary.total)}`;
  if (d.summary.delta === null) return `${head} \xB7 no baseline to compare with`;
  const change = d.summary.delta === 0 ? "no size change" : `**${formatDelta(d.summary.delta)}** (${formatPercent(d.summary.delta, d.summary.baselineTotal)})`;
  const budget = d.budget?.exceeded === true ? ` \xB7 \u274C over the size budget \`${d.budget.raw}\`` : d.budget?.exceeded === false ? ` \xB7 \u2705 within the size budget \`${d.budget.raw}\`` : "";
  return `${head} \xB7 ${change} vs ${d.baseline?.description ?? "baseline"}${budget}`;
}
var TABLE_HEADER = [
  "| artifact | kind | size | delta | delta % | sha256 |",
  "|---|---|--:|--:|--:|---|"
];
function artifactRow(a, hasBaseline) {
  const delta = hasBaseline && a.baseline === null ? "new" : formatDelta(a.delta);
  return `| \`${a.name}\` | ${a.kind} | ${formatBytes(a.size)} | ${delta} | ${formatPercent(a.delta, a.baseline)} | \`${a.sha256.slice(0, 12)}\` |`;
}
function artifactTables(d) {
  const lines = [];
  const removed = removedArtifacts(d.artifacts, d.baseline);
  const targets = [
    .../* @__PURE__ */ new Set([...d.artifacts.map((a) => a.target), ...removed.map((r) => r.target)])
  ];
  for (const target of targets) {
    const rows = d.artifacts.filter((a) => a.target === target);
    const gone = removed.filter((r) => r.target === target);
    lines.push(`### \`${target}\``, "");
    const changed = rows.filter((a) => d.baseline === null || a.delta !== 0);
    const unchanged = rows.filter((a) => !changed.includes(a));
    const goneRows = gone.map(
      (r) => `| ~~\`${r.name}\`~~ | | removed | ${formatDelta(-r.size)} | ${formatPercent(-r.size, r.size)} | |`
    );
    if (changed.length + goneRows.length > 0)
      lines.push(
        ...TABLE_HEADER,
        ...changed.map((a) => artifactRow(a, d.baseline !== null)),
        ...goneRows,
        ""
      );
    if (unchanged.length > 0) {
      lines.push(
        `<details><summary>${unchanged.length} unchanged artifact${unchanged.length === 1 ? "" : "s"}</summary>`,
        "",
        ...TABLE_HEADER,
        ...unchanged.map((a) => artifactRow(a, true)),
        "",
        "</details>",
        ""
      );
    }
    const total = rows.reduce((s, a) => s + a.size, 0);
    let delta = null;
    if (d.baseline !== null) {
      const before = Object.entries(d.baseline.sizes).filter(([key]) => key.slice(0, key.lastIndexOf("/")) === target).reduce((s, [, size]) => s + size, 0);
      delta = total - before;
    }
    lines.push(
      `Total for \`${target}\`: **${formatBytes(total)}**${delta === null ? "" : ` (${formatDelta(delta)})`}`,
      ""
    );
  }
  return lines;
}
function checksums(d) {
  if (d.artifacts.length === 0) return [];
  const lines = ["<details><summary>Checksums (sha256)</summary>", "", "```text"];
  for (const a of d.artifacts) lines.push(`${a.sha256}  ${a.target}/${a.name}`);
  lines.push("```", "", "</details>", "");
  return lines;
}
function debugSymbols(d) {
  const withSymbols = d.artifacts.filter((a) => a.debugSymbols !== null);
  if (withSymbols.length === 0) return [];
  return [
    "Debug symbols, kept out of the shipped files:",
    ...withSymbols.map(
      (a) => `- \`${a.target}/${a.name}\`: \`${path3.basename(a.debugSymbols)}\``
    ),
    ""
  ];
}
function profileTable(d) {
  const lines = [
    `<details><summary>Profile <code>${d.profile}</code> in effect</summary>`,
    "",
    "| key | value | source |",
    "|---|---|---|"
  ];
  for (const key of PROFILE_KEYS) {
    const entry = d.plan.effective[key];
    if (entry === void 0) continue;
    lines.push(
      `| \`${key}\` | \`${JSON.stringify(entry.value)}\` | ${entry.source}${entry.note ? ` (${entry.note})` : ""} |`
    );
  }
  for (const s of d.plan.skipped) {
    lines.push("", `- preset \`${s.key} = ${JSON.stringify(s.preset)}\` not applied: ${s.reason}`);
  }
  lines.push("", "</details>", "");
  return lines;
}
function flagsSection(d) {
  const lines = [];
  for (const r of d.rustflags) {
    const added = r.added.length > 0 ? `\`${r.added.join(" ")}\` (via ${r.placement})` : "none";
    lines.push(`- \`${r.triple}\`: rustflags added: ${added}`);
    if (r.cpu !== null)
      lines.push(`  - CPU floor: ${cpuFloor(r.cpu)}. Older CPUs stop with SIGILL.`);
    if (r.cpuSkipped !== null) lines.push(`  - no target-cpu added: ${r.cpuSkipped}`);
  }
  return lines;
}
function renderReport(d) {
  const lines = [verdict(d), ""];
  if (d.budget?.exceeded === true) {
    const grew = grownArtifacts(d.artifacts, d.baseline).map(
      (a) => `\`${a.target}/${a.name}\` ${a.delta === null ? "new" : formatDelta(a.delta)}`
    );
    lines.push(
      `> [!CAUTION]`,
      `> The total grew more than the size budget \`${d.budget.raw}\`.${grew.length > 0 ? ` Grew: ${grew.join(", ")}.` : ""}`,
      ""
    );
  }
  if (d.plan.panicAbortApplied) lines.push(`> [!WARNING]`, `> ${PANIC_NOTICE}`, "");
  lines.push(...artifactTables(d));
  if (d.artifacts.length === 0)
    lines.push("No artifacts (bin, cdylib, dylib, staticlib) were built.", "");
  const s = d.summary;
  lines.push(
    `**Total: ${formatBytes(s.total)}**${s.baselineTotal === null ? "" : ` \xB7 baseline ${formatBytes(s.baselineTotal)} \xB7 ${formatDelta(s.delta)} (${formatPercent(s.delta, s.baselineTotal)})`}`,
    ""
  );
  if (d.baseline === null && d.baselineNote !== null) lines.push(`_${d.baselineNote}_`, "");
  if (d.budget !== null && d.budget.exceeded === null)
    lines.push(`Size budget \`${d.budget.raw}\` not checked: there is no baseline.`, "");
  lines.push(...flagsSection(d), "");
  lines.push(...profileTable(d));
  if (d.cache !== null) {
    const rate = d.cache.hitRate === null ? "n/a" : `${d.cache.hitRate}%`;
    lines.push(
      `sccache (${d.cache.backend}): hit rate ${rate}, ${d.cache.hits} hits, ${d.cache.misses} misses${d.cache.note ? ` \u2014 ${d.cache.note}` : ""}`,
      ""
    );
  }
  lines.push(...debugSymbols(d));
  lines.push(...checksums(d));
  for (const note of d.notes) lines.push(`- ${note}`);
  lines.push("", `<sub>${d.rustc}</sub>`);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

// src/project.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import os5 from "node:os";
import path4 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/project.ts
function readToml(file) {
  try {
    return parse(readFileSync2(file, "utf8"));
  } catch (error2) {
    throw new Error(`Could not parse ${file}: ${error2.message.split("\n")[0]}`, {
      cause: error2
    });
  }
}
function discoverConfigFiles(cwd, env) {
  const cargoHome = path4.resolve(env.CARGO_HOME || path4.join(os5.homedir(), ".cargo"));
  const found = [];
  const pick = (dir) => ["config.toml", "config"].map((f) => path4.join(dir, f)).find((f) => existsSync3(f));
  for (let dir = path4.resolve(cwd); ; dir = path4.dirname(dir)) {
    const cargoDir = path4.join(dir, ".cargo");
    if (path4.resolve(cargoDir) !== cargoHome) {
      const file = pick(cargoDir);
      if (file !== void 0) found.unshift(file);
    }
    if (path4.dirname(dir) === dir) break;
  }
  const home = pick(cargoHome);
  if (home !== void 0) found.unshift(home);
  return found;
}
function profileSources(project) {
  const profilesOf = (data) => data.profile ?? {};
  return [
    { label: "Cargo.toml", profiles: profilesOf(project.rootManifest) },
    ...project.configs.map((c) => ({ label: c.path, profiles: profilesOf(c.data) }))
  ];
}
async function readProject(cwd, manifestPath, env) {
  const args = ["metadata", "--no-deps", "--format-version", "1", "--offline"];
  if (manifestPath !== null) args.push("--manifest-path", manifestPath);
  const meta = JSON.parse(await output("cargo", args, { cwd, env }));
  const memberIds = new Set(meta.workspace_members);
  return {
    workspaceRoot: meta.workspace_root,
    targetDirectory: meta.target_directory,
    members: meta.packages.filter((p) => memberIds.has(p.id)).map((p) => ({ name: p.name, id: p.id, manifestPath: p.manifest_path })),
    rootManifest: readToml(path4.join(meta.workspace_root, "Cargo.toml")),
    configs: discoverConfigFiles(cwd, env).map((file) => ({ path: file, data: readToml(file) }))
  };
}

// src/rustflags.ts
function targetEnvName(triple, suffix) {
  return `CARGO_TARGET_${triple.toUpperCase().replace(/[-.]/g, "_")}_${suffix}`;
}
function setsCpu(flags) {
  return flags.some((f) => /target-(cpu|feature)=/.test(f));
}
function wantedCpu(targetCpu, preset, triple) {
  switch (targetCpu.mode) {
    case "none":
      return null;
    case "cpu":
      return targetCpu.cpu;
    case "map":
      return targetCpu.perTarget[triple] ?? autoTargetCpu(preset, triple);
    default:
      return autoTargetCpu(preset, triple);
  }
}
var SEP = "";
var words = (s) => (s ?? "").split(/\s+/).filter((w) => w !== "");
function planRustflags(input) {
  const { env, triple } = input;
  let placement;
  let userFlags;
  if (env.CARGO_ENCODED_RUSTFLAGS !== void 0) {
    placement = "CARGO_ENCODED_RUSTFLAGS";
    userFlags = env.CARGO_ENCODED_RUSTFLAGS === "" ? [] : env.CARGO_ENCODED_RUSTFLAGS.split(SEP);
  } else if (env.RUSTFLAGS !== void 0) {
    placement = "RUSTFLAGS";
    userFlags = words(env.RUSTFLAGS);
  } else if (input.configSource === "target") {
    placement = "CARGO_TARGET_RUSTFLAGS";
    userFlags = input.configFlags ?? words(env[targetEnvName(triple, "RUSTFLAGS")]);
  } else {
    placement = "CARGO_BUILD_RUSTFLAGS";
    userFlags = input.configFlags ?? words(env.CARGO_BUILD_RUSTFLAGS);
  }
  let cpu = input.cpu;
  let cpuSkipped = null;
  if (cpu !== null && setsCpu([...userFlags, ...input.extra])) {
    cpuSkipped = `your rustflags already set ${[...userFlags, ...input.extra].find((f) => /target-(cpu|feature)=/.test(f))}`;
    cpu = null;
  }
  const added = [...cpu !== null ? ["-C", `target-cpu=${cpu}`] : [], ...input.extra];
  const result = {};
  if (added.length > 0) {
    switch (placement) {
      case "CARGO_ENCODED_RUSTFLAGS":
      case "RUSTFLAGS":
        result.CARGO_ENCODED_RUSTFLAGS = [...userFlags, ...added].join(SEP);
        break;
      case "CARGO_TARGET_RUSTFLAGS": {
        const name = targetEnvName(triple, "RUSTFLAGS");
        result[name] = [...words(env[name]), ...added].join(" ");
        break;
      }
      default:
        result.CARGO_BUILD_RUSTFLAGS = [...words(env.CARGO_BUILD_RUSTFLAGS), ...added].join(" ");
    }
  }
  return { triple, added, cpu, cpuSkipped, placement, env: result, userFlags };
}

// node_modules/shlex/shlex.js
var Shlexer = class {
  constructor(string) {
    this.i = 0;
    this.string = string;
    this.whitespace = " 	\r\n";
    this.quotes = `'"`;
    this.escapes = "\\";
    this.escapedQuotes = '"';
    this.ansiCQuotes = true;
    this.localeQuotes = true;
    this.debug = false;
  }
  readChar() {
    return this.string.charAt(this.i++);
  }
  processEscapes(string, quote, isAnsiCQuote) {
    if (!isAnsiCQuote && !this.escapedQuotes.includes(quote)) {
      return string;
    }
    const anyEscape = "[" + this.escapes.replace(/(.)/g, "\\$1") + "]";
    if (!isAnsiCQuote && this.escapedQuotes.includes(quote)) {
      const re = new RegExp(
        anyEscape + "(" + anyEscape + "|\\" + quote + ")",
        "g"
      );
      return string.replace(re, "$1");
    }
    if (isAnsiCQuote) {
      const patterns = {
        // Literal characters
        "([\\\\'\"?])": (x) => x,
        // Non-printable ASCII characters
        "a": () => "\x07",
        "b": () => "\b",
        "e|E": () => "\x1B",
        "f": () => "\f",
        "n": () => "\n",
        "r": () => "\r",
        "t": () => "	",
        "v": () => "\v",
        // Octal bytes
        "([0-7]{1,3})": (x) => String.fromCharCode(parseInt(x, 8)),
        // Hexadecimal bytes
        "x([0-9a-fA-F]{1,2})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Unicode code units
        "u([0-9a-fA-F]{1,4})": (x) => String.fromCharCode(parseInt(x, 16)),
        "U([0-9a-fA-F]{1,8})": (x) => String.fromCharCode(parseInt(x, 16)),
        // Control characters
        // https://en.wikipedia.org/wiki/Control_character#How_control_characters_map_to_keyboards
        "c(.)": (x) => {
          if (x === "?") {
            return "\x7F";
          } else if (x === "@") {
            return "\0";
          } else {
            return String.fromCharCode(x.charCodeAt(0) & 31);
          }
        }
      };
      const re = new RegExp(
        anyEscape + "(" + Object.keys(patterns).join("|") + ")",
        "g"
      );
      return string.replace(re, function(m, p1) {
        for (const matched in patterns) {
          const mm = new RegExp("^" + matched + "$").exec(p1);
          if (mm === null) {
            continue;
          }
          return patterns[matched].apply(null, mm.slice(1));
        }
      });
    }
    return void 0;
  }
  *[Symbol.iterator]() {
    let inQuote = false;
    let inDollarQuote = false;
    let escaped = false;
    let lastDollar = -2;
    let token;
    if (this.debug) {
      console.log("full input:", ">" + this.string + "<");
    }
    while (true) {
      const pos = this.i;
      const char = this.readChar();
      if (this.debug) {
        console.log(
          "position:",
          pos,
          "input:",
          ">" + char + "<",
          "accumulated:",
          token,
          "inQuote:",
          inQuote,
          "inDollarQuote:",
          inDollarQuote,
          "lastDollar:",
          lastDollar,
          "escaped:",
          escaped
        );
      }
      if (char === "") {
        if (inQuote) {
          throw new Error("Got EOF while in a quoted string");
        }
        if (escaped) {
          throw new Error("Got EOF while in an escape sequence");
        }
        if (token !== void 0) {
          yield token;
        }
        return;
      }
      if (escaped) {
        if (char === "\n") {
        } else if (inQuote) {
          token = (token || "") + escaped + char;
        } else {
          token = (token || "") + char;
        }
        escaped = false;
        continue;
      }
      if (this.escapes.includes(char)) {
        if (!inQuote || inDollarQuote !== false || this.escapedQuotes.includes(inQuote)) {
          escaped = char;
          continue;
        } else {
        }
      }
      if (inQuote !== false) {
        if (char === inQuote) {
          token = this.processEscapes(token, inQuote, inDollarQuote === "'");
          inQuote = false;
          inDollarQuote = false;
          continue;
        }
        token = (token || "") + char;
        continue;
      }
      if (this.quotes.includes(char)) {
        inQuote = char;
        if (lastDollar === pos - 1) {
          if (char === "'" && !this.ansiCQuotes) {
          } else if (char === '"' && !this.localeQuotes) {
          } else {
            inDollarQuote = char;
          }
        }
        token = token || "";
        if (inDollarQuote !== false) {
          token = token.slice(0, -1);
        }
        continue;
      }
      if (inQuote === false && char === "$") {
        lastDollar = pos;
      }
      if (this.whitespace.includes(char)) {
        if (token !== void 0) {
          yield token;
        }
        token = void 0;
        continue;
      }
      token = (token || "") + char;
    }
  }
};
function split(s) {
  return Array.from(new Shlexer(s));
}

// src/rustflags-probe.ts
var MARKER = "__rust_optimize_probe";
function flagsFromCargoLog(log) {
  const lines = log.split("\n").filter((l) => l.includes("--print=file-names"));
  const last = lines[lines.length - 1];
  if (last === void 0) return null;
  const match = /--print=file-names (.*?) ?--target /.exec(last) ?? /--print=file-names (.*?) ?--crate-type /.exec(last);
  if (match === null) return null;
  try {
    return split(match[1]).filter(
      (f, i, all) => f !== MARKER && !(f === "--cfg" && all[i + 1] === MARKER)
    );
  } catch {
    return null;
  }
}
async function probeRustflags(options) {
  const existing = options.env.CARGO_BUILD_RUSTFLAGS ?? "";
  const args = ["rustc", "-q", "-Zunstable-options", "--print", "cfg", "--target", options.triple];
  if (options.manifestPath !== null) args.push("--manifest-path", options.manifestPath);
  args.push(...options.configArgs);
  const result = await run("cargo", args, {
    cwd: options.cwd,
    env: {
      ...options.env,
      RUSTC_BOOTSTRAP: "1",
      CARGO_BUILD_RUSTFLAGS: `${existing} --cfg ${MARKER}`.trim(),
      CARGO_LOG: "cargo::util::rustc=debug",
      CARGO_TERM_COLOR: "never"
    }
  });
  if (result.code !== 0) {
    throw new Error(
      `cargo could not resolve the rustflags for ${options.triple}:
${result.stderr.trim().split("\n").filter((l) => !l.includes(" DEBUG ")).slice(-5).join("\n")}`
    );
  }
  const source = result.stdout.split("\n").includes(MARKER) ? "build" : "target";
  return { source, flags: flagsFromCargoLog(result.stderr) };
}
function configArgs(cargoArgs) {
  const out = [];
  for (let i = 0; i < cargoArgs.length; i++) {
    if (cargoArgs[i] === "--config" && i + 1 < cargoArgs.length)
      out.push("--config", cargoArgs[++i]);
    else if (cargoArgs[i].startsWith("--config=")) out.push(cargoArgs[i]);
  }
  return out;
}

// src/toolchain.ts
function parseRustcVersion(text) {
  const field = (name) => {
    const match = new RegExp(`^${name}: (.+)$`, "m").exec(text);
    if (match === null) throw new Error(`Unexpected 'rustc -vV' output (no ${name}):
${text}`);
    return match[1].trim();
  };
  return { host: field("host"), release: field("release") };
}
async function resolveToolchain(toolchain, cwd, env) {
  const selected = toolchain === null ? {} : { RUSTUP_TOOLCHAIN: toolchain };
  const versionText = (await output("rustc", ["-vV"], { cwd, env: { ...env, ...selected } })).trim();
  return { env: selected, ...parseRustcVersion(versionText), versionText };
}

// src/pipeline.ts
var BuildFailed = class extends Error {
  constructor(triple, detail) {
    super(`cargo build failed for ${triple}${detail ? `:
${detail}` : ""}`);
    this.name = "BuildFailed";
  }
};
function describeSettings(s, t, targets) {
  const lines = [
    `working-directory: ${s.workingDirectory}`,
    `manifest-path: ${s.manifestPath ?? "(found by cargo)"}`,
    `toolchain: ${s.toolchain ?? "(selected by rustup)"} \u2192 rustc ${t.release}, host ${t.host}`,
    `targets: ${targets.join(", ")}`,
    `preset: ${s.preset}, profile: ${s.profile}, respect-user-profile: ${s.respectUserProfile}`,
    `overrides: ${JSON.stringify(s.overrides)}`,
    `target-cpu: ${JSON.stringify(s.targetCpu)}, rustflags: ${JSON.stringify(s.rustflags)}`,
    `sccache: ${s.sccache} (${s.sccacheBackend}), baseline: ${s.baseline}, comment: ${s.comment}`,
    `size-budget: ${s.sizeBudget?.raw ?? "(none)"}, debug-symbols: ${s.debugSymbols}`
  ];
  return lines.join("\n");
}
async function buildAll(opts) {
  const { settings, project, logger } = opts;
  const memberIds = new Set(project.members.map((m) => m.id));
  const files = [];
  for (const triple of opts.targets) {
    const result = await logger.group(`${opts.label} ${triple}`, async () => {
      const args = buildArgs(settings, triple, opts.targetDir);
      logger.info(`cargo ${args.join(" ")}`);
      return cargoBuild({
        args,
        cwd: settings.workingDirectory,
        env: opts.envFor(triple),
        triple,
        memberIds,
        log: (text) => logger.info(text)
      });
    });
    for (const d of result.diagnostics)
      if (d.level === "error") logger.annotate(relativeTo(d, project.workspaceRoot));
    if (!result.success) {
      const errors = result.diagnostics.filter((d) => d.level === "error").length;
      throw new BuildFailed(
        triple,
        errors > 0 ? `${errors} compiler error(s), annotated on their source lines` : result.stderrTail
      );
    }
    files.push(...result.files);
  }
  return measure(files);
}
function relativeTo(d, workspaceRoot) {
  if (d.file === void 0) return d;
  const absolute = path5.resolve(workspaceRoot, d.file);
  const repo = process.env.GITHUB_WORKSPACE;
  return { ...d, file: repo ? path5.relative(repo, absolute) : absolute };
}
async function runPipeline(settings, env, logger) {
  const cwd = settings.workingDirectory;
  const toolchain = await resolveToolchain(settings.toolchain, cwd, env);
  const targets = settings.targets.length > 0 ? settings.targets : [toolchain.host];
  const baseEnv = { ...env, ...toolchain.env };
  const { project, plan, symbols } = await logger.group("Profile", async () => {
    const project2 = await readProject(cwd, settings.manifestPath, baseEnv);
    const user = resolveUserProfile(settings.profile, profileSources(project2), baseEnv);
    const symbols2 = settings.debugSymbols ? planDebugSymbols(user, settings, targets) : null;
    const plan2 = planProfile(
      user,
      symbols2 === null ? settings : { ...settings, forced: symbols2.forced, forcedNote: FORCED_NOTE }
    );
    for (const w of symbols2?.warnings ?? []) logger.warning(w);
    for (const [key, e] of Object.entries(plan2.effective)) {
      logger.info(`${key} = ${JSON.stringify(e.value)} (${e.source}${e.note ? `: ${e.note}` : ""})`);
    }
    for (const s of plan2.skipped)
      logger.info(`preset ${s.key} = ${JSON.stringify(s.preset)} not applied: ${s.reason}`);
    if (plan2.panicAbortApplied) logger.warning(PANIC_NOTICE);
    return { project: project2, plan: plan2, symbols: symbols2 };
  });
  const flags = await logger.group("Rustflags", async () => {
    const plans = [];
    for (const triple of targets) {
      const probe = await probeRustflags({
        cwd,
        triple,
        manifestPath: settings.manifestPath,
        configArgs: configArgs(settings.cargoArgs),
        env: baseEnv
      });
      const p = planRustflags({
        triple,
        env: baseEnv,
        configSource: probe.source,
        configFlags: probe.flags,
        cpu: wantedCpu(settings.targetCpu, settings.preset, triple),
        extra: settings.rustflags
      });
      logger.info(
        `${triple}: your flags [${p.userFlags.join(" ")}]; added [${p.added.join(" ")}] via ${p.placement}${p.cpuSkipped ? `; ${p.cpuSkipped}` : ""}`
      );
      plans.push(p);
    }
    return plans;
  });
  await logger.group(
    "Settings",
    async () => logger.info(describeSettings(settings, toolchain, targets))
  );
  const buildEnv = (triple) => ({
    ...baseEnv,
    ...plan.env,
    ...flags.find((f) => f.triple === triple)?.env ?? {}
  });
  let built = await buildAll({
    settings,
    project,
    targets,
    envFor: buildEnv,
    targetDir: null,
    logger,
    label: "Build"
  });
  if (symbols !== null) {
    const shipped = symbols.shippedStrip;
    built = await logger.group("Debug symbols", async () => {
      const split2 = await splitDebugSymbols(built, {
        host: toolchain.host,
        env: baseEnv,
        strip: shipped
      });
      for (const line of split2.info) logger.info(line);
      for (const w of split2.warnings) logger.warning(w);
      return split2.artifacts;
    });
  }
  let baseline = null;
  let baselineNote = null;
  if (settings.baseline === "profile") {
    const baseDir = path5.join(project.targetDirectory, "rust-optimize-baseline");
    const before = await buildAll({
      settings,
      project,
      targets,
      envFor: () => baseEnv,
      targetDir: baseDir,
      logger,
      label: "Baseline build (profile untouched)"
    });
    baseline = {
      description: `the \`${settings.profile}\` profile without the preset`,
      sizes: Object.fromEntries(before.map((a) => [`${a.target}/${a.name}`, a.size]))
    };
  } else if (settings.baseline === "auto") {
    baselineNote = "No baseline record exists yet for this branch.";
  } else {
    baselineNote = null;
  }
  const artifacts = applyBaseline(built, baseline);
  const summary2 = summarize(artifacts, baseline);
  const budgetExceeded = settings.sizeBudget === null ? null : overBudget(summary2, settings.sizeBudget);
  const report = renderReport({
    preset: settings.preset,
    profile: settings.profile,
    artifacts,
    summary: summary2,
    baseline,
    baselineNote,
    plan,
    rustflags: flags,
    rustc: toolchain.versionText.split("\n")[0],
    cache: null,
    budget: settings.sizeBudget === null ? null : { raw: settings.sizeBudget.raw, exceeded: budgetExceeded },
    notes: []
  });
  const outputs = buildOutputs({
    artifacts,
    summary: summary2,
    plan,
    rustflags: flags,
    report,
    sccacheHitRate: null,
    cacheHit: false
  });
  const comment = await logger.group("Pull request comment", async () => {
    const outcome = await publishComment({
      mode: settings.comment,
      key: settings.commentKey || defaultCommentKey(env, targets),
      token: settings.githubToken,
      report,
      env
    });
    for (const line of outcome.info) logger.info(line);
    if (outcome.warning !== null) logger.warning(outcome.warning);
    return outcome;
  });
  const failures = [
    budgetFailure(artifacts, summary2, baseline, settings.sizeBudget),
    comment.failure
  ].filter((f) => f !== null);
  const failure = failures.length > 0 ? failures.join("\n") : null;
  return { outputs, report, failure };
}

// src/settings.ts
import { existsSync as existsSync4, statSync } from "node:fs";
import path6 from "node:path";
var INPUT_DEFAULTS = {
  "working-directory": ".",
  "manifest-path": "",
  package: "",
  bin: "",
  features: "",
  "all-features": "false",
  "no-default-features": "false",
  locked: "false",
  "cargo-args": "",
  toolchain: "",
  targets: "",
  preset: "speed",
  profile: "release",
  overrides: "",
  "respect-user-profile": "true",
  "target-cpu": "auto",
  rustflags: "",
  "cross-linker": "auto",
  sccache: "true",
  "sccache-backend": "local",
  "sccache-version": "v0.17.0",
  "cache-key": "",
  "save-cache": "true",
  baseline: "auto",
  comment: "auto",
  "comment-key": "",
  "github-token": "",
  "size-budget": "",
  "debug-symbols": "false"
};
var InputError = class extends Error {
  constructor(input, value, accepted) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
    this.name = "InputError";
  }
};
var TRIPLE = /^[a-z0-9_]+(\.[a-z0-9_]+)?(-[a-z0-9_.]+){1,3}$/;
var CPU_NAME = /^[A-Za-z0-9_.+-]+$/;
var TOOLCHAIN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
var PROFILE_NAME = /^[A-Za-z0-9_-]+$/;
function splitList(raw) {
  return raw.split(/[\s,]+/).filter((s) => s !== "");
}
function oneOf(input, raw, allowed) {
  const value = raw.trim();
  if (allowed.includes(value)) return value;
  throw new InputError(input, raw, `expected one of ${allowed.map((a) => `'${a}'`).join(", ")}`);
}
function bool(input, raw) {
  const value = raw.trim();
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(input, raw, "expected 'true' or 'false'");
}
function words2(input, raw) {
  try {
    return split(raw);
  } catch (error2) {
    throw new InputError(
      input,
      raw,
      `expected arguments split as a POSIX shell splits words (${error2.message})`
    );
  }
}
function parseTargets(raw, cwd) {
  const targets = splitList(raw);
  for (const t of targets) {
    const isJsonSpec = t.endsWith(".json") && existsSync4(path6.resolve(cwd, t));
    if (!isJsonSpec && !TRIPLE.test(t)) {
      throw new InputError(
        "targets",
        raw,
        `'${t}' is not a target triple; expected triples such as 'x86_64-unknown-linux-gnu' or 'aarch64-apple-darwin', separated by whitespace, commas or newlines`
      );
    }
  }
  return [...new Set(targets)];
}
function parseOverrides(raw) {
  if (raw.trim() === "") return {};
  let table;
  try {
    table = parse(raw);
  } catch (error2) {
    const first = error2.message.split("\n")[0];
    throw new InputError("overrides", raw, `expected TOML 'key = value' lines (${first})`);
  }
  const result = {};
  for (const [key, value] of Object.entries(table)) {
    if (!isProfileKey(key)) {
      throw new InputError(
        "overrides",
        raw,
        `unknown profile key '${key}'; expected opt-level, lto, codegen-units, panic, strip, debug, split-debuginfo, debug-assertions, overflow-checks, incremental or rpath`
      );
    }
    const problem = validateProfileValue(key, value);
    if (problem !== null) throw new InputError("overrides", raw, `'${key}': ${problem}`);
    result[key] = value;
  }
  return result;
}
function parseTargetCpu(raw) {
  const value = raw.trim();
  if (value === "" || value === "auto") return { mode: "auto" };
  if (value === "none") return { mode: "none" };
  const accepted = "expected 'auto', 'none', one CPU name (such as 'x86-64-v3'), or lines 'triple=cpu'";
  if (!value.includes("=")) {
    if (!CPU_NAME.test(value)) throw new InputError("target-cpu", raw, accepted);
    return { mode: "cpu", cpu: value };
  }
  const perTarget = {};
  for (const line of value.split(/[\n,]+/).map((l) => l.trim())) {
    if (line === "") continue;
    const match = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(line);
    if (match === null || !TRIPLE.test(match[1]) || !CPU_NAME.test(match[2])) {
      throw new InputError("target-cpu", raw, `${accepted}; line '${line}' is not 'triple=cpu'`);
    }
    perTarget[match[1]] = match[2];
  }
  return { mode: "map", perTarget };
}
var SIZE_UNITS = {
  "": 1,
  b: 1,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  kb: 1e3,
  mb: 1e3 ** 2,
  gb: 1e3 ** 3
};
function parseSizeBudget(raw) {
  const value = raw.trim();
  if (value === "") return null;
  const match = /^\+?\s*(\d+(?:\.\d+)?)\s*(%|[a-zA-Z]*)$/.exec(value);
  const unit = match?.[2].toLowerCase();
  if (match === null || unit === void 0 || unit !== "%" && !(unit in SIZE_UNITS)) {
    throw new InputError(
      "size-budget",
      raw,
      "expected a growth allowance such as '+2%', '+50KiB', '+1MB', '4096' or '0' (units: %, B, KiB, MiB, GiB, KB, MB, GB)"
    );
  }
  const number = Number(match[1]);
  if (unit === "%") return { unit: "percent", value: number, raw: value };
  return { unit: "bytes", value: Math.round(number * SIZE_UNITS[unit]), raw: value };
}
function existingDir(input, raw, dir) {
  if (!existsSync4(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(input, raw, `expected an existing directory (looked for ${dir})`);
  }
  return dir;
}
function findManifest(workingDirectory, manifestRaw) {
  if (manifestRaw.trim() !== "") {
    const manifest = path6.resolve(workingDirectory, manifestRaw.trim());
    if (!existsSync4(manifest) || !statSync(manifest).isFile()) {
      throw new InputError(
        "manifest-path",
        manifestRaw,
        `expected the path of an existing Cargo.toml relative to working-directory (looked for ${manifest})`
      );
    }
    return { manifestPath: manifest };
  }
  for (let dir = workingDirectory; ; dir = path6.dirname(dir)) {
    if (existsSync4(path6.join(dir, "Cargo.toml"))) return { manifestPath: null };
    if (path6.dirname(dir) === dir) break;
  }
  throw new InputError(
    "working-directory",
    workingDirectory,
    "expected a directory of a Cargo project: no Cargo.toml there or above it (set manifest-path to point at one)"
  );
}
function parseSettings(read, baseDir) {
  const input = (name) => {
    const raw = read(name);
    return raw === "" ? INPUT_DEFAULTS[name] ?? "" : raw;
  };
  const wdRaw = input("working-directory");
  const workingDirectory = existingDir("working-directory", wdRaw, path6.resolve(baseDir, wdRaw));
  const { manifestPath } = findManifest(workingDirectory, input("manifest-path"));
  const toolchainRaw = input("toolchain").trim();
  if (toolchainRaw !== "" && !TOOLCHAIN.test(toolchainRaw)) {
    throw new InputError(
      "toolchain",
      toolchainRaw,
      "expected a rustup toolchain name such as 'stable', '1.85' or 'nightly-2026-01-01'"
    );
  }
  const profile = input("profile").trim();
  if (!PROFILE_NAME.test(profile)) {
    throw new InputError(
      "profile",
      profile,
      "expected a cargo profile name such as 'release' or 'dist'"
    );
  }
  const sccacheVersion = input("sccache-version").trim();
  if (!/^v?\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?$/.test(sccacheVersion)) {
    throw new InputError(
      "sccache-version",
      sccacheVersion,
      "expected a release version such as 'v0.17.0'"
    );
  }
  return {
    workingDirectory,
    manifestPath,
    packages: splitList(input("package")),
    bins: splitList(input("bin")),
    features: splitList(input("features")),
    allFeatures: bool("all-features", input("all-features")),
    noDefaultFeatures: bool("no-default-features", input("no-default-features")),
    locked: bool("locked", input("locked")),
    cargoArgs: words2("cargo-args", input("cargo-args")),
    toolchain: toolchainRaw === "" ? null : toolchainRaw,
    targets: parseTargets(input("targets"), workingDirectory),
    preset: oneOf("preset", input("preset"), PRESET_NAMES),
    profile,
    overrides: parseOverrides(read("overrides")),
    respectUserProfile: bool("respect-user-profile", input("respect-user-profile")),
    targetCpu: parseTargetCpu(input("target-cpu")),
    rustflags: words2("rustflags", input("rustflags")),
    crossLinker: oneOf("cross-linker", input("cross-linker"), ["auto", "none"]),
    sccache: bool("sccache", input("sccache")),
    sccacheBackend: oneOf("sccache-backend", input("sccache-backend"), [
      "local",
      "gha",
      "env"
    ]),
    sccacheVersion: sccacheVersion.startsWith("v") ? sccacheVersion : `v${sccacheVersion}`,
    cacheKey: input("cache-key").trim(),
    saveCache: bool("save-cache", input("save-cache")),
    baseline: oneOf("baseline", input("baseline"), ["auto", "profile", "none"]),
    comment: oneOf("comment", input("comment"), ["auto", "true", "false"]),
    commentKey: input("comment-key").trim(),
    githubToken: read("github-token").trim(),
    sizeBudget: parseSizeBudget(input("size-budget")),
    debugSymbols: bool("debug-symbols", input("debug-symbols"))
  };
}

export {
  summary,
  setSecret,
  getInput,
  setOutput,
  setFailed,
  actionsLogger,
  consoleLogger,
  OUTPUT_NAMES,
  runPipeline,
  INPUT_DEFAULTS,
  parseSettings
};
