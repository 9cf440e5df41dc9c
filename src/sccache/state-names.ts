// The names of the main-to-post states about sccache, apart so that the post step can check for
// them without loading anything else.

export const STATE_NAME = 'sccache'
/**
 * Saved before the server starts, apart from the full state: enough to stop the server when the
 * full state is missing or cannot be read. `{"bin", "env"}` with only the server's address.
 */
export const STOP_STATE_NAME = 'sccache-stop'
