import type { ClientTable } from '../clients/client.table';

/** Every table, as kysely sees it. Feature folders own their row types. */
export interface Database {
  client: ClientTable;
}
