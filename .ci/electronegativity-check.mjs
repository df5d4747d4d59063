#!/usr/bin/env node
// Reads electronegativity's CSV and fails (exit 1) on any HIGH-severity finding that
// .ci/electronegativity-accepted.json does not explain. Prints every finding, whatever its severity.
// Usage: node .ci/electronegativity-check.mjs <findings.csv> <accepted.json>
import { readFileSync } from 'node:fs';

const [csvFile, acceptedFile] = process.argv.slice(2);
if (!csvFile || !acceptedFile) {
  console.error('Usage: node .ci/electronegativity-check.mjs <findings.csv> <accepted.json>');
  process.exit(2);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

let csv;
try {
  csv = readFileSync(csvFile, 'utf8');
} catch (error) {
  // No report means no check: fail closed.
  console.error(`electronegativity wrote no report (${error.message})`);
  process.exit(1);
}

const columns = ['check', 'severity', 'confidence', 'file', 'location', 'sample', 'description', 'url'];
const findings = parseCsv(csv)
  // The header ("issue, severity, …") is written separately and may land anywhere; skip it by content.
  .filter((row) => row[0]?.trim() !== 'issue')
  .map((row) => Object.fromEntries(columns.map((name, index) => [name, (row[index] ?? '').trim()])))
  .map((finding) => ({ ...finding, file: finding.file.replaceAll('\\', '/') }));

const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8'));
const malformed = accepted.filter(
  (entry) =>
    !entry.check?.trim() || !entry.file?.trim() || !entry.reason?.trim() || entry.reason.trim().length < 20,
);
if (malformed.length > 0) {
  console.error(`${acceptedFile}: every entry needs a check id, a file and a reason in plain words:`);
  for (const entry of malformed) console.error(`  ${JSON.stringify(entry)}`);
  process.exit(1);
}
const isAccepted = (finding) =>
  accepted.some((entry) => entry.check === finding.check && entry.file === finding.file);

const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 };
findings.sort(
  (a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9) || a.check.localeCompare(b.check),
);
console.log(`electronegativity: ${findings.length} finding(s)`);
for (const finding of findings) {
  const mark = finding.severity !== 'HIGH' ? '  ' : isAccepted(finding) ? 'ok' : '!!';
  console.log(
    `${mark} ${finding.severity.padEnd(13)} ${finding.confidence.padEnd(9)} ${finding.check.padEnd(40)} ${finding.file}:${finding.location}  ${finding.description}`,
  );
}

for (const entry of accepted) {
  const seen = (finding) => finding.check === entry.check && finding.file === entry.file;
  if (
    !findings.some(seen) &&
    ![...csv.matchAll(/([A-Z_]+_CHECK),HIGH,[A-Z]+,([^,\n]+),/g)].some((m) =>
      seen({ check: m[1], file: m[2].trim() }),
    )
  ) {
    console.log(
      `note: accepted ${entry.check} in ${entry.file} no longer occurs; remove it from ${acceptedFile}.`,
    );
  }
}

// The tool writes its CSV rows asynchronously and leaves line breaks unquoted inside some samples
// (a CSP), so a row can be torn and its severity lost. Fail closed: every ",HIGH," in the raw text
// is a finding too, read with a pattern that needs no row structure.
const rawHigh = [...csv.matchAll(/([A-Z_]+_CHECK),HIGH,[A-Z]+,([^,\n]+),/g)].map((match) => ({
  check: match[1],
  severity: 'HIGH',
  file: match[2].trim().replaceAll('\\', '/'),
}));
const parsedHigh = findings.filter((finding) => finding.severity === 'HIGH');
for (const raw of rawHigh) {
  if (!parsedHigh.some((finding) => finding.check === raw.check && finding.file === raw.file)) {
    console.log(`note: HIGH ${raw.check} in ${raw.file} was in a torn CSV row; checked from the raw text.`);
  }
}
const unexplained = [...parsedHigh, ...rawHigh]
  .filter((finding) => !isAccepted(finding))
  .filter(
    (finding, index, all) =>
      all.findIndex((f) => f.check === finding.check && f.file === finding.file) === index,
  );
if (unexplained.length > 0) {
  console.error(
    `\n${unexplained.length} HIGH-severity finding(s) neither fixed nor explained in ${acceptedFile} (marked !!).`,
  );
  process.exit(1);
}
console.log('electronegativity: no unexplained HIGH-severity finding.');
