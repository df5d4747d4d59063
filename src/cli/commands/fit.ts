import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { programmeToFitFiles } from '../../backend/exports/fit';
import { generatePlan } from '../../engine';
import { exitCodes, type CliCommand } from '../command';
import { readPlanRequest } from '../read-plan-request';

const usage = `Usage: npm run cli -- fit --in request.json --out-dir folder

Generates the programme for a PlanRequest JSON file (see examples/) and writes one FIT workout
file per unlocked walk-run or run session into the folder (which must exist), named
"<date> <title>.fit", in the request's language. Copy them to a watch or import them into its app.
Exit code 2 lists each invalid field.`;

/** `fit`: request.json → generated programme → a folder of FIT workouts; no database involved. */
export const fitCommand: CliCommand = {
  name: 'fit',
  summary: 'write the running sessions of a plan request as FIT watch workouts',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: { in: { type: 'string' }, 'out-dir': { type: 'string' } },
        strict: true,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    const outDir = values['out-dir'];
    if (!values.in || !outDir) {
      if (!values.in) io.stderr('--in: is required (the plan request JSON)\n');
      if (!outDir) io.stderr('--out-dir: is required (the folder for the .fit files)\n');
      io.stderr(`\n${usage}\n`);
      return exitCodes.invalidInput;
    }

    const read = readPlanRequest(values.in, io);
    if (!read.ok) return read.exitCode;

    const programme = generatePlan(read.request);
    const files = programmeToFitFiles(programme, { locale: read.request.locale });
    if (files.length === 0) {
      io.stderr(
        `No unlocked walk-run or run session in this programme (status: ${programme.status}): nothing written.\n`,
      );
      return exitCodes.ok;
    }
    for (const file of files) {
      const path = join(outDir, file.fileName);
      try {
        io.writeFile(path, file.bytes);
      } catch (error) {
        io.stderr(`${path}: cannot write the file (${(error as Error).message}); does ${outDir} exist?\n`);
        return exitCodes.failure;
      }
      io.stdout(`${path}\n`);
    }
    io.stderr(`Wrote ${files.length} workouts to ${outDir}\n`);
    return exitCodes.ok;
  },
};

export default fitCommand;
