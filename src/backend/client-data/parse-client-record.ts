import {
  CLIENT_RECORD_FORMAT,
  CLIENT_RECORD_VERSION,
  CLIENT_RECORD_VERSIONS_READ,
  clientRecordSchema,
  type ClientRecord,
} from '../../contract/client-data';
import { toFieldIssues } from '../../contract/issues';
import type { FieldIssue } from '../../contract/result';
import { DomainError } from '../errors';

/** The import's one input field: issues about the document sit under it (`json.injuries.0.type`). */
const FIELD = 'json';

function refuse(message: string, issues: FieldIssue[]): DomainError {
  return new DomainError('invalid_input', message, issues);
}

/**
 * Reads a client record file: JSON first, then its format and version (one clear answer for a file
 * of another kind or a newer ReStride), then the whole document against the schema, every problem
 * with its path. Throws `invalid_input`; writes nothing.
 */
export function parseClientRecord(text: string): ClientRecord {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw refuse('The record is not valid JSON: the file may be truncated or damaged.', [
      { path: FIELD, code: 'invalid_json', message: 'The record is not valid JSON' },
    ]);
  }
  const header = (typeof document === 'object' && document !== null ? document : {}) as {
    format?: unknown;
    version?: unknown;
  };
  if (header.format !== CLIENT_RECORD_FORMAT) {
    throw refuse('This file is not a ReStride client record.', [
      {
        path: `${FIELD}.format`,
        code: 'wrong_format',
        message: `The format must be "${CLIENT_RECORD_FORMAT}"`,
      },
    ]);
  }
  if (typeof header.version !== 'number' || !CLIENT_RECORD_VERSIONS_READ.includes(header.version)) {
    const newer = typeof header.version === 'number' && header.version > CLIENT_RECORD_VERSION;
    const message = newer
      ? `This client record was written by a newer ReStride (record version ${String(header.version)}); ` +
        `this app reads versions up to ${CLIENT_RECORD_VERSION}. Update ReStride to import it.`
      : `This client record has an unknown version (${JSON.stringify(header.version) ?? 'none'}); ` +
        `this app reads versions ${CLIENT_RECORD_VERSIONS_READ.slice(0, -1).join(', ')} and ${String(CLIENT_RECORD_VERSIONS_READ.at(-1))}.`;
    throw refuse(message, [{ path: `${FIELD}.version`, code: 'unsupported_version', message }]);
  }
  const parsed = clientRecordSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error).map((issue) => ({
    ...issue,
    path: issue.path === '(root)' ? FIELD : `${FIELD}.${issue.path}`,
  }));
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw refuse(
    `This client record cannot be imported${first ? `: ${first.path} — ${first.message}` : ''}${more}.`,
    issues,
  );
}
