import { createRequire as __roCreateRequire } from 'node:module'; const require = __roCreateRequire(import.meta.url);
import {
  findOnPath,
  isExecutable
} from "./chunk-UCRIGKT4.js";
import {
  sha256File
} from "./chunk-GLLIZ4A3.js";
import {
  require_semver
} from "./chunk-ZQLK5Y3B.js";
import {
  HttpClient
} from "./chunk-IZ5FQDOO.js";
import {
  cp,
  debug,
  exec,
  info,
  isDebug,
  mkdirP,
  rmRF
} from "./chunk-C3MUXM2G.js";
import "./chunk-O7BS5RYI.js";
import {
  __toESM
} from "./chunk-GEPKOSH5.js";

// src/sccache/install.ts
import {
  cpSync,
  existsSync as existsSync2,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync as writeFileSync2
} from "node:fs";
import os2 from "node:os";
import { lookup } from "node:dns/promises";
import path2 from "node:path";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import * as stream from "stream";
import * as util from "util";
import { ok } from "assert";

// node_modules/@actions/tool-cache/lib/retry-helper.js
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
var RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          info(err.message);
        }
        const seconds = this.getSleepAmount();
        info(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
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
var HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
    yield mkdirP(path.dirname(dest));
    debug(`Downloading ${url}`);
    debug(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter2(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (fs.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      debug("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http.get(url, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline2 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline2(readStream, fs.createWriteStream(dest));
      debug("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        debug("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/sccache/release.ts
var RELEASES_BASE = "https://github.com/mozilla/sccache/releases/download";
var MIRROR_VARIABLE = "RUST_OPTIMIZE_SCCACHE_MIRROR";
function releaseTriple(platform, arch2) {
  const table = {
    linux: {
      x64: "x86_64-unknown-linux-musl",
      arm64: "aarch64-unknown-linux-musl",
      arm: "armv7-unknown-linux-musleabi",
      ia32: "i686-unknown-linux-musl",
      riscv64: "riscv64gc-unknown-linux-musl",
      s390x: "s390x-unknown-linux-musl",
      loong64: "loongarch64-unknown-linux-musl"
    },
    darwin: { x64: "x86_64-apple-darwin", arm64: "aarch64-apple-darwin" },
    win32: { x64: "x86_64-pc-windows-msvc", arm64: "aarch64-pc-windows-msvc" }
  };
  return table[platform]?.[arch2] ?? null;
}
function releaseAsset(tag, triple, base = RELEASES_BASE) {
  const folder = `sccache-${tag}-${triple}`;
  const archiveUrl = `${base.replace(/\/+$/, "")}/${tag}/${folder}.tar.gz`;
  return {
    folder,
    archiveUrl,
    checksumUrl: `${archiveUrl}.sha256`,
    binary: triple.includes("windows") ? "sccache.exe" : "sccache"
  };
}
var DEFAULT_SCCACHE_VERSION = "v0.17.0";
var SCCACHE_PINS = {
  "v0.17.0": {
    "x86_64-unknown-linux-musl": "67c4a96dd237c1f518f6b36083f270f9976d516f1e57fce891755ea782e50006",
    "aarch64-unknown-linux-musl": "821a86343191aa1cbab74bd42f9e93c9a63bf85e4742945f40d3ae84193c1c77",
    "armv7-unknown-linux-musleabi": "6d35509fba5df6553893b33883054ec8994e9be97d669f965aa30bcc96c9b685",
    "i686-unknown-linux-musl": "07cb06858d70e6d91678b1e8ed347c880ffd285c90ee4de3018384f1093c0dbf",
    "x86_64-apple-darwin": "c2144cafbfe3d22e34ae637f9974ce53613543ac19477fdb287df22ea3668261",
    "aarch64-apple-darwin": "0c560bfba31aef5bdfb4fb3d2677f6e61d71c5c00952f2a83344f47aa31f00f1",
    "x86_64-pc-windows-msvc": "caf1932d76a909c909b7a2e41443cdfe3c79a49a380da1a22fa422e1d00d3ca7"
  }
};
function pinnedDigest(tag, triple, pins = SCCACHE_PINS) {
  return pins[tag]?.[triple] ?? null;
}
function parseChecksum(text) {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return /^[0-9a-f]{64}$/.test(first) ? first : null;
}
function releasesBase(env) {
  const mirror = env[MIRROR_VARIABLE]?.trim();
  return mirror ? mirror : RELEASES_BASE;
}

// src/sccache/install.ts
function ownToolDir(env, version, triple) {
  const base = env.XDG_CACHE_HOME || path2.join(os2.homedir(), ".cache");
  return path2.join(base, "rust-optimize", "sccache", version, triple);
}
async function assertResolvable(url) {
  const proxied = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"].some(
    (v) => process.env[v]
  );
  if (proxied) return;
  const host = new URL(url).hostname;
  try {
    await lookup(host);
  } catch (error) {
    throw new Error(
      `download of ${url} failed: cannot resolve ${host} (${error.code ?? error.message})`,
      { cause: error }
    );
  }
}
var MARKER = "rust-optimize-verified.json";
async function downloadRelease(asset, workDir, expected) {
  const download = async (url, file) => {
    try {
      return await downloadTool(url, path2.join(workDir, file));
    } catch (error) {
      throw new Error(`download of ${url} failed: ${error.message}`, { cause: error });
    }
  };
  let digest;
  if ("pinned" in expected) {
    await assertResolvable(asset.archiveUrl);
    digest = expected.pinned;
  } else {
    await assertResolvable(asset.checksumUrl);
    const checksumFile = await download(asset.checksumUrl, "archive.sha256");
    const published = parseChecksum(readFileSync(checksumFile, "utf8"));
    if (published === null) throw new Error(`${asset.checksumUrl} does not hold a sha256 digest`);
    digest = published;
  }
  const archive = await download(asset.archiveUrl, "archive.tar.gz");
  const actual = await sha256File(archive);
  if (actual !== digest) {
    rmSync(archive, { force: true });
    const what = "pinned" in expected ? "pinned sha256" : "sha256";
    throw new Error(
      `checksum mismatch for ${asset.archiveUrl}: expected ${what} ${digest}, got ${actual}; the archive was discarded`
    );
  }
  const extracted = await extractTar(archive, path2.join(workDir, "extracted"));
  const folder = path2.join(extracted, asset.folder);
  if (!existsSync2(path2.join(folder, asset.binary)))
    throw new Error(`${asset.archiveUrl} has no ${asset.folder}/${asset.binary}`);
  const marker = {
    archiveSha256: actual,
    binarySha256: await sha256File(path2.join(folder, asset.binary))
  };
  writeFileSync2(path2.join(folder, MARKER), `${JSON.stringify(marker)}
`);
  return folder;
}
async function cachedProblem(dir, binary, pin) {
  let marker;
  try {
    marker = JSON.parse(readFileSync(path2.join(dir, MARKER), "utf8"));
  } catch {
    return "it has no record of a verified download";
  }
  if (pin !== null && marker.archiveSha256 !== pin)
    return `it came from an archive with sha256 ${marker.archiveSha256}, not the pinned ${pin}`;
  const actual = await sha256File(path2.join(dir, binary));
  return actual === marker.binarySha256 ? null : `its sha256 ${actual} is not the verified ${marker.binarySha256}`;
}
function cachedDir(env, version, triple) {
  if (!env.RUNNER_TOOL_CACHE) return ownToolDir(env, version, triple);
  const found = find("sccache", version, process.arch);
  return found === "" ? null : found;
}
function expectation(o, triple) {
  const pin = pinnedDigest(o.tag, triple, o.pins);
  if (pin !== null) return { pinned: pin };
  if (o.tag === DEFAULT_SCCACHE_VERSION)
    o.warn(
      `No pinned sha256 for sccache ${o.tag} on ${triple}: the download is verified against the mirror's published .sha256 only`
    );
  else
    o.log(
      `sccache-version ${o.tag} is not the default (${DEFAULT_SCCACHE_VERSION}), whose digests are pinned: the download is verified against the mirror's published .sha256`
    );
  return { published: true };
}
async function locateSccache(o) {
  const { env, tag } = o;
  const explicit = env.SCCACHE_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return { path: explicit, source: "SCCACHE_PATH" };
    o.log(`SCCACHE_PATH=${explicit} is not an executable file; looking elsewhere`);
  }
  const found = findOnPath("sccache", env);
  if (found !== null) return { path: found, source: "PATH" };
  const triple = releaseTriple(process.platform, process.arch);
  if (triple === null)
    throw new Error(`sccache publishes no release for ${process.platform}/${process.arch}`);
  const asset = releaseAsset(tag, triple, releasesBase(env));
  const version = tag.replace(/^v/, "");
  const cached = cachedDir(env, version, triple);
  if (cached !== null && existsSync2(path2.join(cached, asset.binary))) {
    const problem = await cachedProblem(cached, asset.binary, pinnedDigest(tag, triple, o.pins));
    if (problem === null) return { path: path2.join(cached, asset.binary), source: "tool cache" };
    o.warn(
      `Not running the cached ${path2.join(cached, asset.binary)}: ${problem}; downloading it again`
    );
    rmSync(cached, { recursive: true, force: true });
  }
  const expected = expectation(o, triple);
  o.log(`Downloading ${asset.archiveUrl}`);
  const temp = env.RUNNER_TEMP || os2.tmpdir();
  mkdirSync(temp, { recursive: true });
  const workDir = mkdtempSync(path2.join(temp, "rust-optimize-sccache-"));
  try {
    const folder = await downloadRelease(asset, workDir, expected);
    if (env.RUNNER_TOOL_CACHE) {
      const dir2 = await cacheDir(folder, "sccache", version, process.arch);
      return { path: path2.join(dir2, asset.binary), source: "download" };
    }
    const dir = ownToolDir(env, version, triple);
    mkdirSync(path2.dirname(dir), { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    cpSync(folder, dir, { recursive: true });
    return { path: path2.join(dir, asset.binary), source: "download" };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
export {
  downloadRelease,
  locateSccache
};
