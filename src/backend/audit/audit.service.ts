import type { BackendContext } from '../context';
import { recordAudit, type AuditRecord } from './audit.repository';

/**
 * Records an action that wrote nothing (a print, an export) once it has succeeded, in a
 * transaction of its own, timed by the context's clock.
 */
export async function recordReadOnlyAction(
  context: BackendContext,
  entry: Omit<AuditRecord, 'at'>,
): Promise<void> {
  const at = context.clock().toISOString();
  await context.db.transaction().execute((trx) => recordAudit(trx, { ...entry, at }));
}
