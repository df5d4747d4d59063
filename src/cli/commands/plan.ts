import { parseArgs } from 'node:util';
import { parsePlanRequest } from '../../contract/plan';
import { generatePlan, isIsoDate } from '../../engine';
import { exitCodes, type CliCommand } from '../command';

const usage = `Usage: npm run cli -- plan --in request.json [--out programme.json] [--today YYYY-MM-DD]

Generates a return-to-run programme from a PlanRequest JSON file (see examples/) and prints it,
or writes it to --out. --today replaces the request's "today" (the day the plan is computed).
Exit code 2 lists each invalid field as "path: reason".`;

/** `plan`: runs the plan engine on a request file; no database involved. */
export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'generate a programme from a request JSON file',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: { in: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' } },
        strict: true,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    if (!values.in) {
      io.stderr(`--in is required\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    if (values.today !== undefined && !isIsoDate(values.today)) {
      io.stderr(`--today: must be a real date written YYYY-MM-DD\n`);
      return exitCodes.invalidInput;
    }

    let source: string;
    try {
      source = io.readFile(values.in).toString('utf8');
    } catch (error) {
      io.stderr(`${values.in}: cannot read the file (${(error as Error).message})\n`);
      return exitCodes.failure;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (error) {
      io.stderr(`${values.in}: not valid JSON (${(error as Error).message})\n`);
      return exitCodes.invalidInput;
    }
    if (values.today !== undefined && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      raw = { ...raw, today: values.today };
    }

    const parsed = parsePlanRequest(raw);
    if (!parsed.ok) {
      for (const issue of parsed.issues) io.stderr(`${issue.path}: ${issue.message}\n`);
      return exitCodes.invalidInput;
    }
    const json = `${JSON.stringify(generatePlan(parsed.value), null, 2)}\n`;
    if (values.out) {
      io.writeFile(values.out, json);
      io.stderr(`Programme written to ${values.out}\n`);
    } else {
      io.stdout(json);
    }
    return exitCodes.ok;
  },
};

export default planCommand;
