import { parseArgs } from 'node:util';
import { generatePlan, isIsoDate } from '../../engine';
import { exitCodes, type CliCommand } from '../command';
import { readPlanRequest } from '../read-plan-request';

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

    const read = readPlanRequest(values.in, io, values.today === undefined ? {} : { today: values.today });
    if (!read.ok) return read.exitCode;
    const json = `${JSON.stringify(generatePlan(read.request), null, 2)}\n`;
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
