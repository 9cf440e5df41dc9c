// A loopback stand-in for the GitHub Actions cache service, protocol v2, as `@actions/cache` v6 speaks it:
// twirp JSON calls under ACTIONS_RESULTS_URL (bearer ACTIONS_RUNTIME_TOKEN) and the signed upload and
// download URLs they hand out. Uploads arrive through the Azure Blob SDK (Put Blob, or Put Block +
// Put Block List for large archives); downloads are plain GETs (ranges honoured).
// Matching follows the real service: exact key first, then the key as a prefix, then each restore
// key as a prefix, newest entry first; the cache `version` must always match. Entries are immutable.
// Records every request and can inject faults: a status for chosen operations, or a closed port.
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
export const OPERATIONS = [
  'CreateCacheEntry',
  'FinalizeCacheEntryUpload',
  'GetCacheEntryDownloadURL',
  'upload',
  'download'
] as const
export type Operation = (typeof OPERATIONS)[number]

export interface RecordedRequest {
  operation: Operation | 'unknown'
  method: string
  url: string
  /** The parsed JSON body of a twirp call; the byte count of an upload. */
  body: unknown
  status: number
}

export interface CacheEntry {
  id: number
  key: string
  version: string
  finalized: boolean
  data: Buffer
  /** Put Block calls not yet committed, by block id. */
  blocks: Map<string, Buffer>
  sizeBytes: number | null
}

export interface CacheServer {
  /** ACTIONS_RESULTS_URL (ends with `/`). */
  url: string
  token: string
  /** The variables @actions/cache needs to use this server. */
  env(): Record<string, string>
  requests: RecordedRequest[]
  /** Requests of one operation, for assertions. */
  calls(operation: Operation): RecordedRequest[]
  entries: CacheEntry[]
  /** A finalized entry with this key and version, as if an earlier run had saved it. */
  seed(key: string, version: string, data: Buffer): CacheEntry
  /** Answer `status` to the given operations (all when omitted) until `clearFaults`. */
  fail(status: number, operations?: readonly Operation[]): void
  clearFaults(): void
  close(): Promise<void>
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text)
  })
  res.end(text)
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string): void {
  json(res, status, { code, msg })
}

function azureHeaders(): Record<string, string> {
  return {
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
    ETag: `"0x${randomBytes(6).toString('hex').toUpperCase()}"`,
    'Last-Modified': new Date().toUTCString(),
    Date: new Date().toUTCString()
  }
}

function azureError(res: http.ServerResponse, status: number, code: string): void {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`
  res.writeHead(status, {
    ...azureHeaders(),
    'x-ms-error-code': code,
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body)
  })
  res.end(body)
}

/** Block ids of a Put Block List body, in order (Latest, Committed and Uncommitted alike). */
function blockListIds(xml: string): string[] {
  return [
    ...xml.matchAll(
      /<(?:Latest|Committed|Uncommitted)>([^<]*)<\/(?:Latest|Committed|Uncommitted)>/g
    )
  ].map((m) => m[1])
}

export async function startCacheServer(): Promise<CacheServer> {
  const token = `test-token-${randomBytes(8).toString('hex')}`
  const requests: RecordedRequest[] = []
  const entries: CacheEntry[] = []
  const signatures = new Map<number, string>()
  const faults = new Map<Operation, number>()
  let nextId = 1
  let base = ''

  const sign = (entry: CacheEntry): string => {
    let sig = signatures.get(entry.id)
    if (sig === undefined) {
      sig = randomBytes(12).toString('hex')
      signatures.set(entry.id, sig)
    }
    return sig
  }
  const blobUrl = (entry: CacheEntry, kind: 'upload' | 'download'): string =>
    `${base}blobs/actions-cache/${kind}-${entry.id}?sv=2025-01-05&se=2099-01-01&sp=${kind === 'upload' ? 'cw' : 'r'}&sig=${sign(entry)}`

  const findEntry = (
    key: string,
    restoreKeys: string[],
    version: string
  ): CacheEntry | undefined => {
    const usable = entries.filter((e) => e.finalized && e.version === version)
    const newest = (list: CacheEntry[]): CacheEntry | undefined =>
      list.sort((a, b) => b.id - a.id)[0]
    const exact = newest(usable.filter((e) => e.key === key))
    if (exact) return exact
    for (const prefix of [key, ...restoreKeys]) {
      const hit = newest(usable.filter((e) => e.key.startsWith(prefix)))
      if (hit) return hit
    }
    return undefined
  }

  async function twirp(
    operation: Operation,
    body: Record<string, unknown>,
    res: http.ServerResponse
  ): Promise<number> {
    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (key === '' || version === '') {
      twirpError(res, 400, 'invalid_argument', 'key and version are required')
      return 400
    }
    if (operation === 'CreateCacheEntry') {
      if (entries.some((e) => e.key === key && e.version === version)) {
        twirpError(
          res,
          409,
          'already_exists',
          'cache entry with the same key, version, and scope already exists'
        )
        return 409
      }
      const entry: CacheEntry = {
        id: nextId++,
        key,
        version,
        finalized: false,
        data: Buffer.alloc(0),
        blocks: new Map(),
        sizeBytes: null
      }
      entries.push(entry)
      json(res, 200, { ok: true, signed_upload_url: blobUrl(entry, 'upload') })
      return 200
    }
    if (operation === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized)
      if (entry === undefined) {
        twirpError(
          res,
          404,
          'not_found',
          'no cache entry is being created with this key and version'
        )
        return 404
      }
      const size = Number(body.size_bytes ?? NaN)
      if (size !== entry.data.length) {
        json(res, 200, {
          ok: false,
          entry_id: '0',
          message: `size mismatch: ${size} != ${entry.data.length}`
        })
        return 200
      }
      entry.finalized = true
      entry.sizeBytes = size
      json(res, 200, { ok: true, entry_id: String(entry.id) })
      return 200
    }
    // GetCacheEntryDownloadURL
    const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
    const entry = findEntry(key, restoreKeys, version)
    if (entry === undefined) {
      json(res, 200, { ok: false, signed_download_url: '', matched_key: '' })
      return 200
    }
    json(res, 200, {
      ok: true,
      signed_download_url: blobUrl(entry, 'download'),
      matched_key: entry.key
    })
    return 200
  }

  async function blob(
    operation: 'upload' | 'download',
    entry: CacheEntry,
    req: http.IncomingMessage,
    url: URL,
    payload: Buffer,
    res: http.ServerResponse
  ): Promise<number> {
    if (operation === 'download') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        azureError(res, 405, 'UnsupportedHttpVerb')
        return 405
      }
      if (!entry.finalized) {
        azureError(res, 404, 'BlobNotFound')
        return 404
      }
      let data = entry.data
      let status = 200
      const headers: Record<string, string | number> = {
        ...azureHeaders(),
        'Content-Type': 'application/octet-stream',
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob'
      }
      const range = /bytes=(\d+)-(\d*)/.exec(
        String(req.headers['x-ms-range'] ?? req.headers.range ?? '')
      )
      if (range !== null) {
        const start = Number(range[1])
        const end =
          range[2] === ''
            ? entry.data.length - 1
            : Math.min(Number(range[2]), entry.data.length - 1)
        data = entry.data.subarray(start, end + 1)
        status = 206
        headers['Content-Range'] = `bytes ${start}-${end}/${entry.data.length}`
      }
      headers['Content-Length'] = data.length
      res.writeHead(status, headers)
      res.end(req.method === 'HEAD' ? undefined : data)
      return status
    }
    if (req.method !== 'PUT' || entry.finalized) {
      azureError(
        res,
        entry.finalized ? 409 : 405,
        entry.finalized ? 'BlobAlreadyExists' : 'UnsupportedHttpVerb'
      )
      return entry.finalized ? 409 : 405
    }
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      entry.blocks.set(url.searchParams.get('blockid') ?? '', payload)
    } else if (comp === 'blocklist') {
      const ids = blockListIds(payload.toString('utf8'))
      const missing = ids.filter((id) => !entry.blocks.has(id))
      if (missing.length > 0) {
        azureError(res, 400, 'InvalidBlockList')
        return 400
      }
      entry.data = Buffer.concat(ids.map((id) => entry.blocks.get(id) as Buffer))
      entry.blocks.clear()
    } else if (req.headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.data = payload
    } else {
      azureError(res, 400, 'MissingRequiredHeader')
      return 400
    }
    res.writeHead(201, { ...azureHeaders(), 'Content-Length': 0 })
    res.end()
    return 201
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base)
      const payload = await readBody(req)
      const record: RecordedRequest = {
        operation: 'unknown',
        method: req.method ?? '',
        url: url.pathname + url.search,
        body: null,
        status: 0
      }
      requests.push(record)
      const blobMatch = /^\/blobs\/actions-cache\/(upload|download)-(\d+)$/.exec(url.pathname)
      if (url.pathname.startsWith(SERVICE)) {
        const name = url.pathname.slice(SERVICE.length)
        record.operation = (OPERATIONS as readonly string[]).includes(name)
          ? (name as Operation)
          : 'unknown'
        try {
          record.body = JSON.parse(payload.toString('utf8') || '{}')
        } catch {
          record.body = payload.toString('utf8')
        }
      } else if (blobMatch !== null) {
        record.operation = blobMatch[1] as Operation
        record.body = payload.length
      }
      const fault = record.operation === 'unknown' ? undefined : faults.get(record.operation)
      if (fault !== undefined) {
        record.status = fault
        if (blobMatch !== null) azureError(res, fault, 'InternalError')
        else twirpError(res, fault, 'internal', 'injected fault')
        return
      }
      if (record.operation === 'unknown') {
        record.status = 404
        twirpError(res, 404, 'bad_route', `no handler for ${req.method} ${url.pathname}`)
        return
      }
      if (blobMatch !== null) {
        const entry = entries.find((e) => e.id === Number(blobMatch[2]))
        if (entry === undefined || url.searchParams.get('sig') !== signatures.get(entry.id)) {
          record.status = 403
          azureError(res, 403, 'AuthenticationFailed')
          return
        }
        record.status = await blob(
          record.operation as 'upload' | 'download',
          entry,
          req,
          url,
          payload,
          res
        )
        return
      }
      if (req.method !== 'POST') {
        record.status = 405
        twirpError(res, 405, 'bad_route', 'twirp calls are POST')
        return
      }
      if (req.headers.authorization !== `Bearer ${token}`) {
        record.status = 401
        twirpError(res, 401, 'unauthenticated', 'missing or wrong bearer token')
        return
      }
      record.status = await twirp(record.operation, record.body as Record<string, unknown>, res)
    })().catch((error: unknown) => {
      if (!res.headersSent) twirpError(res, 500, 'internal', String(error))
      else res.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  return {
    url: base,
    token,
    env: () => ({
      ACTIONS_RESULTS_URL: base,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_SERVICE_V2: 'true'
    }),
    requests,
    calls: (operation) => requests.filter((r) => r.operation === operation),
    entries,
    seed: (key, version, data) => {
      const entry: CacheEntry = {
        id: nextId++,
        key,
        version,
        finalized: true,
        data,
        blocks: new Map(),
        sizeBytes: data.length
      }
      entries.push(entry)
      return entry
    },
    fail: (status, operations = OPERATIONS) => {
      for (const op of operations) faults.set(op, status)
    },
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export { closedPortUrl } from './tools.js'
