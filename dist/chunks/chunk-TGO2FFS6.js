import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  shortSha256
} from "./chunk-GLLIZ4A3.js";

// src/sccache/key.ts
var PREFIX = "rust-optimize-sccache-v1";
function clean(part) {
  return part.replace(/[,\s]+/g, "_").slice(0, 200);
}
function cacheKeys(parts) {
  const extra = parts.extra.trim() === "" ? "" : `-${clean(parts.extra.trim())}`;
  const toolchain = `rustc${shortSha256(parts.rustcVersion)}`;
  const config = `cfg${shortSha256(JSON.stringify({ targets: [...parts.targets].sort(), build: parts.buildConfig }))}`;
  const lock = parts.lockfile === null ? "nolock" : `lock${shortSha256(parts.lockfile)}`;
  const base = `${PREFIX}-${parts.platform}-${parts.arch}${extra}-${toolchain}-`;
  return {
    key: `${base}${config}-${lock}`,
    restoreKeys: [`${base}${config}-`, base]
  };
}
var SAVE_CACHE_MODES = ["auto", "true", "false"];
function saveCachePolicy(mode, eventName) {
  if (mode === "false") return { saveCache: false, saveCacheNote: "save-cache is false" };
  if (mode === "auto" && eventName === "pull_request_target") {
    return {
      saveCache: false,
      saveCacheNote: "save-cache is auto and this is a pull_request_target event, which runs with the base branch's cache scope (set save-cache: true to save anyway)"
    };
  }
  return { saveCache: true, saveCacheNote: null };
}
function saveDecision(opts) {
  if (!opts.saveCache)
    return { save: false, reason: "saving is off for this run (see save-cache in the main step)" };
  if (!opts.serviceAvailable)
    return { save: false, reason: "the Actions cache service is not available" };
  if (opts.matchedKey === opts.key) {
    return {
      save: false,
      reason: opts.cacheWrites === 0 ? "exact hit and nothing new" : `exact hit: entries are immutable, so this run's ${opts.cacheWrites === null ? "new" : `${opts.cacheWrites} new`} cache objects are saved with the next key (a change of Cargo.lock, toolchain, settings or cache-key)`
    };
  }
  if (opts.matchedKey !== null && opts.cacheWrites === 0)
    return { save: false, reason: `restored from ${opts.matchedKey} and nothing new was compiled` };
  if (opts.cacheWrites === 0)
    return { save: false, reason: "nothing was written to the cache in this run" };
  return {
    save: true,
    reason: opts.matchedKey === null ? "no entry existed" : `restored from a prefix match (${opts.matchedKey})`
  };
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

// src/inputs.ts
var InputError = class extends Error {
  constructor(input, value, accepted) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
    this.name = "InputError";
  }
};
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
function lowerBool(raw) {
  return /^\s*(true|false)\s*$/i.test(raw) ? raw.trim().toLowerCase() : raw;
}
function words(input, raw) {
  try {
    return split(raw);
  } catch (error) {
    throw new InputError(
      input,
      raw,
      `expected arguments split as a POSIX shell splits words (${error.message})`
    );
  }
}

// src/warm/inputs.ts
var WARM_STATE = "warm";
var WARM_VARIABLE = "RUST_OPTIMIZE_WARM_CACHE";
var ACCEPTED = ["auto", "true", "false"];
var MEANING = "expected auto (with the local sccache backend), true (with every backend, or without sccache) or false";
function modeOf(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "") return "auto";
  return ACCEPTED.find((a) => a === value) ?? null;
}
function parseWarmCache(raw) {
  const mode = modeOf(raw);
  if (mode === null) throw new InputError("warm-cache", raw, MEANING);
  return mode;
}
function resolveWarmCache(input, variable) {
  if (variable === void 0 || variable.trim() === "") return { mode: input, warning: null };
  const fromVariable = modeOf(variable);
  if (fromVariable === null) {
    throw new Error(
      `${WARM_VARIABLE} has an invalid value ${JSON.stringify(variable)}: ${MEANING} (it is deprecated: use the input 'warm-cache')`
    );
  }
  if (input !== "auto") {
    return {
      mode: input,
      warning: `${WARM_VARIABLE} is deprecated and ignored here: the input 'warm-cache: ${input}' decides`
    };
  }
  return {
    mode: fromVariable,
    warning: `${WARM_VARIABLE} is deprecated: set the input 'warm-cache: ${fromVariable}' instead (the variable is read for one more release)`
  };
}
function warmEnabled(mode, sccache, backend) {
  if (mode === "false") return false;
  if (mode === "true") return true;
  return sccache && backend === "local";
}

export {
  split,
  cacheKeys,
  SAVE_CACHE_MODES,
  saveCachePolicy,
  saveDecision,
  InputError,
  splitList,
  oneOf,
  bool,
  lowerBool,
  words,
  WARM_STATE,
  WARM_VARIABLE,
  parseWarmCache,
  resolveWarmCache,
  warmEnabled
};
