#!/usr/bin/env node
// The `donghyang` command: registers tsx so the TypeScript CLI runs straight from the sources.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../electron/team/cli.ts');
process.exitCode = await main(process.argv);
