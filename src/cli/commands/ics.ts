import { parseArgs } from 'node:util';
import { localDate } from '../../backend/clock';
import { clientKeyOf, programmeToCalendar } from '../../backend/exports/ics';
import { isKnownTimeZone } from '../../backend/exports/zoned-time';
import { generatePlan } from '../../engine';
import { exitCodes, type CliCommand } from '../command';
import { readPlanRequest } from '../read-plan-request';

const usage = `Usage: npm run cli -- ics --in request.json --out plan.ics [--time HH:MM] [--time-zone Area/City] [--include-past]

Generates the programme for a PlanRequest JSON file (see examples/) and writes its unlocked
sessions from today on as a calendar file (.ics), in the request's language; --include-past also
writes the ones dated before today. --time puts every session at that local time (floating, or in
--time-zone if given); without it the events are all-day.
Importing a newer file again updates the same events. Exit code 2 lists each invalid field.`;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `ics`: request.json → generated programme → calendar file; no database involved. */
export const icsCommand: CliCommand = {
  name: 'ics',
  summary: 'write a plan request as a calendar file (.ics) for the client',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: {
          in: { type: 'string' },
          out: { type: 'string' },
          time: { type: 'string' },
          'time-zone': { type: 'string' },
          'include-past': { type: 'boolean' },
        },
        strict: true,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    const problems: string[] = [];
    if (!values.in) problems.push('--in: is required (the plan request JSON)');
    if (!values.out) problems.push('--out: is required (where to write the .ics file)');
    if (values.time !== undefined && !TIME.test(values.time)) {
      problems.push('--time: use the format HH:MM, e.g. 07:30');
    }
    const timeZone = values['time-zone'];
    if (timeZone !== undefined && values.time === undefined) {
      problems.push('--time-zone: needs --time (all-day events have no time zone)');
    } else if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
      problems.push(`--time-zone: unknown time zone "${timeZone}" (e.g. Europe/Berlin)`);
    }
    if (problems.length > 0 || !values.in || !values.out) {
      for (const problem of problems) io.stderr(`${problem}\n`);
      io.stderr(`\n${usage}\n`);
      return exitCodes.invalidInput;
    }

    const read = readPlanRequest(values.in, io);
    if (!read.ok) return read.exitCode;

    const request = read.request;
    const programme = generatePlan(request);
    const now = new Date();
    const { content, eventCount } = programmeToCalendar({
      programme,
      // The request has no database id: the client's name and birth date keep UIDs stable.
      clientKey: clientKeyOf('request', request.client.name, request.client.birthDate ?? ''),
      clientName: request.client.name,
      locale: request.locale,
      preferredTime: values.time ?? null,
      ...(timeZone === undefined ? {} : { timeZone }),
      clinicName: '',
      generatedAt: now,
      ...(values['include-past'] ? {} : { from: localDate(now) }),
    });
    io.writeFile(values.out, content);
    io.stdout(`Wrote ${values.out} (${eventCount} events, programme status: ${programme.status})\n`);
    return exitCodes.ok;
  },
};

export default icsCommand;
