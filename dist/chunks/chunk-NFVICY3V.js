import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);

// src/sccache/key.ts
import { createHash } from "node:crypto";
var PREFIX = "rust-optimize-sccache-v1";
function short(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
function clean(part) {
  return part.replace(/[,\s]+/g, "_").slice(0, 200);
}
function cacheKeys(parts) {
  const extra = parts.extra.trim() === "" ? "" : `-${clean(parts.extra.trim())}`;
  const toolchain = `rustc${short(parts.rustcVersion)}`;
  const config = `cfg${short(JSON.stringify({ targets: [...parts.targets].sort(), build: parts.buildConfig }))}`;
  const lock = parts.lockfile === null ? "nolock" : `lock${short(parts.lockfile)}`;
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

// src/settings.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";

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

// src/toolchain/triples.ts
var VENDORS = /* @__PURE__ */ new Set([
  "unknown",
  "pc",
  "apple",
  "nvidia",
  "fortanix",
  "wrs",
  "sun",
  "uwp",
  "win7",
  "esp",
  "kmc",
  "sony",
  "nintendo",
  "unikraft",
  "risc0",
  "ibm",
  "openwrt",
  "nuttx",
  "lynx",
  "mti",
  "amd"
]);
function parseTriple(triple) {
  if (triple.endsWith(".json")) return { arch: "", vendor: "unknown", os: "unknown", env: "" };
  const parts = triple.split("-");
  const arch = parts[0];
  let vendor = "unknown";
  let os = parts[1] ?? "unknown";
  let env = "";
  if (parts.length >= 4) {
    vendor = parts[1];
    os = parts[2];
    env = parts.slice(3).join("-");
  } else if (parts.length === 3) {
    if (VENDORS.has(parts[1])) {
      vendor = parts[1];
      os = parts[2];
    } else env = parts[2];
  }
  if (os === "darwin") os = "macos";
  if (os === "linux" && env.startsWith("android")) os = "android";
  return { arch, vendor, os, env };
}
function cpuArch(triple) {
  const { arch } = parseTriple(triple);
  if (arch === "x86_64" || arch === "x86_64h") return "x86_64";
  if (arch === "aarch64" || arch === "arm64e") return "aarch64";
  return null;
}
function runnerOs(host) {
  const { os } = parseTriple(host);
  return os === "linux" || os === "macos" || os === "windows" ? os : "other";
}
function windowsGnu(triple) {
  const { os, env } = parseTriple(triple);
  if (os !== "windows") return null;
  return env === "gnu" ? "gnu" : env === "gnullvm" ? "gnullvm" : null;
}
function gnuArch(arch) {
  if (arch.startsWith("armeb")) return "armeb";
  if (/^(arm|thumb)/.test(arch)) return "arm";
  if (/^riscv(32|64)/.test(arch)) return arch.slice(0, "riscv64".length);
  if (arch === "i586") return "i686";
  return arch;
}
function gnuPrefix(triple) {
  const { arch, os, env } = parseTriple(triple);
  if (os === "linux" && /^(gnu|musl)/.test(env)) return `${gnuArch(arch)}-linux-${env}`;
  if (windowsGnu(triple) !== null) return `${gnuArch(arch)}-w64-mingw32`;
  return null;
}

// src/cargo/presets.ts
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
  const arch = cpuArch(triple);
  const { os } = parseTriple(triple);
  if (arch === "x86_64" && (os === "linux" || os === "windows"))
    return table === "lambda" ? "haswell" : "x86-64-v3";
  if (arch === "aarch64" && os === "linux") return "neoverse-n1";
  if (arch === "aarch64" && os === "macos") return "apple-m1";
  return null;
}
function autoCpuNote(preset, triple) {
  if (PRESETS[preset].cpuTable === null) return null;
  if (cpuArch(triple) !== "x86_64" || parseTriple(triple).vendor !== "apple") return null;
  return `\`${triple}\`: no target-cpu under \`auto\`: x86_64 macOS binaries often run under Rosetta, which lacks AVX2 before macOS 15, and GitHub's Intel macOS VMs report no AVX2. Set \`target-cpu\` to choose one.`;
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

// src/cargo/profile-values.ts
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

// src/warm/inputs.ts
var WARM_STATE = "warm";
var ACCEPTED = ["auto", "true", "false"];
function parseWarmCache(read) {
  const raw = read("warm-cache");
  const value = raw.trim() === "" ? "auto" : raw.trim().toLowerCase();
  const found = ACCEPTED.find((a) => a === value);
  if (found === void 0) {
    throw new InputError(
      "warm-cache",
      raw,
      "expected auto (with the local sccache backend), true (with every backend, or without sccache) or false"
    );
  }
  return found;
}
function warmEnabled(mode, sccache, backend) {
  if (mode === "false") return false;
  if (mode === "true") return true;
  return sccache && backend === "local";
}

// src/settings.ts
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
  "save-cache": "auto",
  baseline: "auto",
  comment: "auto",
  "comment-key": "",
  "github-token": "",
  "size-budget": "",
  "debug-symbols": "false",
  "warm-cache": "auto"
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
var OWNED_BY_INPUTS = [
  [/^(--release|-r)$/, "the 'profile' input selects the profile ('release' by default)"],
  [/^--profile(=|$)/, "use the 'profile' input"],
  [/^--target(=|$)/, "use the 'targets' input"],
  [/^--manifest-path(=|$)/, "use the 'manifest-path' input"]
];
function cargoArgs(raw) {
  const args = words("cargo-args", raw);
  for (const arg of args) {
    const owned = OWNED_BY_INPUTS.find(([re]) => re.test(arg));
    if (owned !== void 0) {
      throw new InputError(
        "cargo-args",
        raw,
        `'${arg}' is set by the action; ${owned[1]}. cargo-args takes other 'cargo build' arguments`
      );
    }
  }
  return args;
}
function parseTargets(raw, cwd) {
  const targets = splitList(raw);
  for (const t of targets) {
    const isJsonSpec = t.endsWith(".json") && existsSync(path.resolve(cwd, t));
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
  } catch (error) {
    const first = error.message.split("\n")[0];
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
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(input, raw, `expected an existing directory (looked for ${dir})`);
  }
  return dir;
}
function findManifest(workingDirectory, manifestRaw) {
  if (manifestRaw.trim() !== "") {
    const manifest = path.resolve(workingDirectory, manifestRaw.trim());
    if (!existsSync(manifest) || !statSync(manifest).isFile()) {
      throw new InputError(
        "manifest-path",
        manifestRaw,
        `expected the path of an existing Cargo.toml relative to working-directory (looked for ${manifest})`
      );
    }
    return { manifestPath: manifest };
  }
  for (let dir = workingDirectory; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "Cargo.toml"))) return { manifestPath: null };
    if (path.dirname(dir) === dir) break;
  }
  throw new InputError(
    "working-directory",
    workingDirectory,
    "expected a directory of a Cargo project: no Cargo.toml there or above it (set manifest-path to point at one)"
  );
}
function parseSettings(read, baseDir, eventName = process.env.GITHUB_EVENT_NAME ?? "") {
  const input = (name) => {
    const raw = read(name);
    return raw === "" ? INPUT_DEFAULTS[name] ?? "" : raw;
  };
  const wdRaw = input("working-directory");
  const workingDirectory = existingDir("working-directory", wdRaw, path.resolve(baseDir, wdRaw));
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
    cargoArgs: cargoArgs(input("cargo-args")),
    toolchain: toolchainRaw === "" ? null : toolchainRaw,
    targets: parseTargets(input("targets"), workingDirectory),
    preset: oneOf("preset", input("preset"), PRESET_NAMES),
    profile,
    overrides: parseOverrides(read("overrides")),
    respectUserProfile: bool("respect-user-profile", input("respect-user-profile")),
    targetCpu: parseTargetCpu(input("target-cpu")),
    rustflags: words("rustflags", input("rustflags")),
    crossLinker: oneOf("cross-linker", input("cross-linker"), ["auto", "none"]),
    sccache: bool("sccache", input("sccache")),
    sccacheBackend: oneOf("sccache-backend", input("sccache-backend"), [
      "local",
      "gha",
      "env"
    ]),
    sccacheVersion: sccacheVersion.startsWith("v") ? sccacheVersion : `v${sccacheVersion}`,
    cacheKey: input("cache-key").trim(),
    ...saveCachePolicy(
      oneOf("save-cache", lowerBool(input("save-cache")), SAVE_CACHE_MODES),
      eventName
    ),
    baseline: oneOf("baseline", input("baseline"), ["auto", "profile", "none"]),
    comment: oneOf("comment", input("comment"), ["auto", "true", "false"]),
    commentKey: input("comment-key").trim(),
    githubToken: read("github-token").trim(),
    sizeBudget: parseSizeBudget(input("size-budget")),
    debugSymbols: bool("debug-symbols", input("debug-symbols")),
    warmCache: parseWarmCache(read)
  };
}

export {
  parseTriple,
  runnerOs,
  windowsGnu,
  gnuPrefix,
  PROFILE_KEYS,
  PRESETS,
  autoTargetCpu,
  autoCpuNote,
  cpuFloor,
  isProfileKey,
  debugEnabled,
  profileEnvName,
  parseEnvProfileValue,
  parse,
  split,
  cacheKeys,
  saveDecision,
  INPUT_DEFAULTS,
  parseSettings,
  WARM_STATE,
  warmEnabled
};
