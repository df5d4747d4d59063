import { readFileSync, writeFileSync } from 'node:fs';
import type { CliIO } from './command';
import { runCli } from './run-cli';

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => writeFileSync(path, data),
  env: process.env,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ReStride: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
