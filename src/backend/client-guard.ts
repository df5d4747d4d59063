import type { Kysely } from 'kysely';
import { findClient } from './clients/client.repository';
import type { ClientRow } from './clients/client.table';
import type { Database } from './db/schema';
import { notFound } from './errors';

/** The client row, or `not_found`: rows of other features always hang off an existing client. */
export async function requireClient(db: Kysely<Database>, clientId: number): Promise<ClientRow> {
  const client = await findClient(db, clientId);
  if (!client) throw notFound('Client');
  return client;
}
