#!/usr/bin/env node
// The `simpul` command. TypeScript sources run through tsx, so the checkout needs no build step
// for the server (the web interface is built by `npm start`).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/server/cli/main.ts');
await runCli(process.argv);
