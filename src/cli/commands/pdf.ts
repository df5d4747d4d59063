import { parseArgs } from 'node:util';
import { parseClinicBranding, parsePrintOptions, type PrintProblem } from '../../backend/pdf/clinic';
import { renderProgrammePdf } from '../../backend/pdf/index';
import type { ClinicBranding } from '../../backend/pdf/types';
import { parsePlanRequest } from '../../contract/plan';
import { generatePlan } from '../../engine/index';
import { exitCodes, type CliCommand, type CliIO } from '../command';

const usage = `Usage: npm run cli -- pdf --in request.json --out programme.pdf [--locale en|de]
         [--paper a4|letter] [--units km|mi] [--clinic clinic.json] [--printed-on YYYY-MM-DD]

Generates the programme for a plan request and writes it as a printable PDF.
Locale and units default to the request's, paper to A4, the print date to the request's "today".
clinic.json: { "clinicName", "clinician", "contact", "logo": null | "data:image/png;base64,…" }`;

type Loaded = { ok: true; value: unknown } | { ok: false; problem: PrintProblem };

/** Reads and parses a JSON file; a missing file or bad JSON is one problem, not a crash. */
function readJson(io: CliIO, path: string, label: string): Loaded {
  let text: string;
  try {
    text = io.readFile(path).toString('utf8');
  } catch (error) {
    return {
      ok: false,
      problem: { path: label, message: `cannot read ${path}: ${(error as Error).message}` },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      // One line per problem: the parser quotes the bad input, which may hold line breaks.
      problem: {
        path: label,
        message: `${path} is not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`,
      },
    };
  }
}

function report(io: CliIO, problems: readonly PrintProblem[]): number {
  io.stderr(`Cannot print the programme:\n`);
  for (const problem of problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
  return exitCodes.invalidInput;
}

/** `pdf`: request.json → generated programme → PDF file, as the app's "Print programme" does. */
export const pdfCommand: CliCommand = {
  name: 'pdf',
  summary: 'print a plan request as a PDF programme (locale, paper, units, clinic)',
  usage,
  async run(argv, io) {
    let values;
    try {
      values = parseArgs({
        args: argv,
        options: {
          in: { type: 'string' },
          out: { type: 'string' },
          locale: { type: 'string' },
          paper: { type: 'string', default: 'a4' },
          units: { type: 'string' },
          clinic: { type: 'string' },
          'printed-on': { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (error) {
      io.stderr(`${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.invalidInput;
    }
    const problems: PrintProblem[] = [];
    if (!values.in) problems.push({ path: '--in', message: 'is required (the plan request JSON)' });
    if (!values.out) problems.push({ path: '--out', message: 'is required (where to write the PDF)' });
    if (!values.in || !values.out) {
      report(io, problems);
      io.stderr(`\n${usage}\n`);
      return exitCodes.invalidInput;
    }

    // Every problem with the request, the clinic file and the options is reported in one go.
    const raw = readJson(io, values.in, '--in');
    const parsed = raw.ok ? parsePlanRequest(raw.value) : null;
    if (!raw.ok) problems.push(raw.problem);
    else if (parsed && !parsed.ok) {
      problems.push(
        ...parsed.issues.map((issue) => ({ path: `request.${issue.path}`, message: issue.message })),
      );
    }
    const request = parsed?.ok ? parsed.value : null;

    let clinic: ClinicBranding | null = null;
    if (values.clinic) {
      const rawClinic = readJson(io, values.clinic, '--clinic');
      if (!rawClinic.ok) problems.push(rawClinic.problem);
      else {
        const branding = parseClinicBranding(rawClinic.value);
        if (branding.ok) clinic = branding.value;
        else
          problems.push(...branding.problems.map((p) => ({ path: `clinic.${p.path}`, message: p.message })));
      }
    }
    const options = parsePrintOptions({
      locale: values.locale ?? request?.locale ?? 'en',
      paper: values.paper,
      units: values.units ?? request?.units ?? 'km',
      // Without a valid request there is no default date to check; a given one is still checked.
      printedOn: values['printed-on'] ?? request?.today ?? '1970-01-01',
    });
    if (!options.ok) {
      problems.push(
        ...options.problems.map((p) => ({
          ...p,
          path: p.path === 'printedOn' ? '--printed-on' : `--${p.path}`,
        })),
      );
    }
    if (!options.ok || request === null || problems.length > 0) return report(io, problems);
    clinic ??= { clinicName: '', clinician: request.clearance.by, contact: '', logo: null };

    // Generate in the print locale and units, so the engine's own texts match the document.
    const printRequest = { ...request, locale: options.value.locale, units: options.value.units };
    const programme = generatePlan(printRequest);
    const pdf = await renderProgrammePdf({
      request: printRequest,
      programme,
      clinic,
      options: options.value,
    });
    io.writeFile(values.out, pdf);
    io.stdout(
      `Wrote ${values.out} (${Math.round(pdf.length / 1024)} KB, programme status: ${programme.status})\n`,
    );
    return exitCodes.ok;
  },
};
