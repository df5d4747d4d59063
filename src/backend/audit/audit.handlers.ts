import type { HandlerMap } from '../handler';
import { toAuditEntry } from './audit.mapping';
import { listAuditEntries } from './audit.repository';

export const auditHandlers = {
  /** Newest first. A client's entries stay readable after the client is archived. */
  'audit.list': async (context, { clientId, limit }) =>
    (await listAuditEntries(context.db, clientId ?? null, limit)).map(toAuditEntry),
} satisfies Partial<HandlerMap>;
