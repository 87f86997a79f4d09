#!/usr/bin/env node
// `npm run bench`: the HTTP benchmark harness (bench/main.ts), run through tsx like `simpul`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/main.ts');
process.exitCode = await main(process.argv.slice(2));
