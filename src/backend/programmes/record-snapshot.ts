import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { HandedOutPurpose } from '../../contract/programmes';
import { recordAudit, type AuditRecord } from '../audit/audit.repository';
import type { BackendContext } from '../context';
import type { DerivedProgramme } from './derive-programme';
import { hashPlanInputs } from './plan-inputs';
import { insertPlanSnapshot } from './plan-snapshot.repository';

/**
 * Keeps what was handed to the client when a programme leaves the app (print, calendar, watch): the
 * request and engine version that reproduce it, its language, when, and the SHA-256 of the file,
 * so "what did we give this patient on 3 March" has an answer. A few kilobytes, deflated.
 */
export async function recordHandedOut(
  context: BackendContext,
  handed: {
    clientId: number;
    derived: DerivedProgramme;
    purpose: HandedOutPurpose;
    file: Uint8Array | string;
    /** A print to folder's path inside prints/ (`<batch>/<file>.pdf`); downloads leave it out. */
    printFile?: string;
    /** The audit entry (without personal data) recorded with it. */
    audit: Omit<AuditRecord, 'at' | 'clientId'>;
  },
): Promise<void> {
  const { clientId, derived, purpose, file } = handed;
  const now = context.clock().toISOString();
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  await context.db.transaction().execute(async (trx) => {
    await insertPlanSnapshot(trx, {
      client_id: clientId,
      created_at: now,
      purpose,
      language: derived.request.locale,
      engine_version: derived.programme.engineVersion,
      inputs: JSON.stringify(hashPlanInputs(derived.request)),
      file_sha256: fileSha256,
      file_bytes: bytes.byteLength,
      request: deflateRawSync(JSON.stringify(derived.request)),
      print_file: handed.printFile ?? null,
    });
    await recordAudit(trx, {
      ...handed.audit,
      at: now,
      clientId,
      details: { ...handed.audit.details, sha256: fileSha256, bytes: bytes.byteLength },
    });
  });
}
