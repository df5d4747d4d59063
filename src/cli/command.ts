/** What a CLI command may touch: injected so commands are testable without a real terminal. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Buffer;
  writeFile(path: string, data: string | Uint8Array): void;
  /** Environment variables (RESTRIDE_DATA_DIR and friends). */
  env: Record<string, string | undefined>;
}

/** One sub-command: `npm run cli -- <name> ...argv`. `run` resolves to the process exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Exit codes shared by all commands. */
export const exitCodes = { ok: 0, failure: 1, invalidInput: 2 } as const;
