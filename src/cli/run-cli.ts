import { exitCodes, type CliIO } from './command';
import { commands } from './registry';

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `ReStride command line\n\nUsage: npm run cli -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "npm run cli -- <command> --help" for a command's options.\n`;
}

/** Parses the sub-command and runs it; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? exitCodes.invalidInput : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${overview()}`);
    return exitCodes.invalidInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return exitCodes.ok;
  }
  return command.run(rest, io);
}
