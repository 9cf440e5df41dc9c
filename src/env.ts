// The environment of a process, as this action passes it around: a plain copy of `process.env`.

/** Variables by name; a copy of `process.env` or an overlay on one. */
export type Env = Record<string, string | undefined>
