import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * What was handed to the client: one row per print or export (see the migration). The programme
 * itself is not kept; the request and engine version reproduce it, the hash proves the file.
 */
export interface PlanSnapshotTable {
  id: Generated<number>;
  client_id: number;
  created_at: string;
  /** 'print', 'print_to_folder', 'ics' or 'fit'. */
  purpose: string;
  language: string;
  engine_version: string;
  /** JSON object: plan input → short hash of it (plan-inputs.ts). */
  inputs: string;
  file_sha256: string;
  file_bytes: number;
  /** The PlanRequest JSON, deflated. */
  request: Buffer;
  /**
   * A print to folder's file inside the data folder's prints/ (`<batch>/<file>.pdf`), deleted when
   * the client is erased; null for downloads and for prints made before it was kept.
   */
  print_file: string | null;
}

export type PlanSnapshotRow = Selectable<PlanSnapshotTable>;
export type NewPlanSnapshotRow = Insertable<PlanSnapshotTable>;
