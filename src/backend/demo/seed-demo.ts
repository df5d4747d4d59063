import type { Result } from '../../contract/result';
import { demoClients } from './demo-clients';

type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * Fills an empty database with sample clients, through the contract like any other caller
 * (so demo data passes the same validation). Returns how many clients it added.
 */
export async function seedDemoData(dispatch: Dispatch): Promise<number> {
  const existing = await dispatch('clients.list', { includeArchived: true, limit: 1 });
  if (!existing.ok) throw new Error(existing.error.message);
  if ((existing.value as { total: number }).total > 0) return 0;
  for (const client of demoClients) {
    const created = await dispatch('clients.create', client);
    if (!created.ok) throw new Error(`Demo client ${client.name}: ${created.error.message}`);
  }
  return demoClients.length;
}
