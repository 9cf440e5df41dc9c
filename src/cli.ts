#!/usr/bin/env node
// `npx rust-optimize`: the action's pipeline on a developer's machine. Flags mirror the inputs.
import { runCli } from './cli-run.js'

process.exitCode = await runCli(process.argv.slice(2))
