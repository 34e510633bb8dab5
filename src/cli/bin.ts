#!/usr/bin/env node
import { main } from './main.js';
import { processIO } from './io.js';

main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
