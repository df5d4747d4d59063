import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setInstanceKind } from '../backend/instance-lock';
import type { CliIO } from './command';
import { runCli } from './run-cli';

// Named to a second ReStride on the same data folder, which is refused (instance-lock.ts).
setInstanceKind('command line');

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  writeFile: (path, data) => {
    // --out and --out-dir may name a folder that does not exist yet.
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  },
  env: process.env,
};

// `npm run cli -- plan … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ReStride: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
