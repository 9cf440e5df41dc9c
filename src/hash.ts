// sha256, the one digest this action uses: of files (artifacts, downloads) and of key parts.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** The hex sha256 of a file's contents, read as a stream. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The first 16 hex digits of the sha256 of `text`: a short, stable key part. */
export function shortSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
