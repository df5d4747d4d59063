import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // What PlanRequest version 2 adds, each stored where the clinician records it.
  // Injury: earlier episodes of the same injury (2+ = a third or later episode) and, for bone
  // stress injuries, the site. A recurrent injury recorded before counted one earlier episode.
  await db.schema
    .alterTable('injury')
    .addColumn('previous_episodes', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('injury').addColumn('bsi_site', 'text').execute();
  await db.updateTable('injury').set({ previous_episodes: 1 }).where('recurrent', '=', 1).execute();

  // Intake: signs of low energy availability (RED-S) the clinician has noted, as a JSON array of
  // codes, and breastfeeding now. Clinical findings of this episode of care (they change with it),
  // kept with the rest of the assessment rather than with the client's identity and contact details.
  await db.schema
    .alterTable('intake')
    .addColumn('reds_signs', 'text', (col) => col.notNull().defaultTo(sql`'[]'`))
    .execute();
  await db.schema
    .alterTable('intake')
    .addColumn('breastfeeding', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // Clearance: after ACL reconstruction, the clinician allows speed, hills and uneven ground before
  // 9 months after surgery (0 or 1).
  await db.schema
    .alterTable('clearance')
    .addColumn('override_sport_gate', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  // Caseload facts from the current programme's warnings (0 or 1), kept by every write that
  // recomputes it: `no_log_since_flare` (warning no_log_since_flare) and `stalled` (no_progress).
  // Existing rows start at 0 and are set by the next generate or log.
  await db.schema
    .alterTable('client_status')
    .addColumn('no_log_since_flare', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('client_status')
    .addColumn('stalled', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('client_status').dropColumn('stalled').execute();
  await db.schema.alterTable('client_status').dropColumn('no_log_since_flare').execute();
  await db.schema.alterTable('clearance').dropColumn('override_sport_gate').execute();
  await db.schema.alterTable('intake').dropColumn('breastfeeding').execute();
  await db.schema.alterTable('intake').dropColumn('reds_signs').execute();
  await db.schema.alterTable('injury').dropColumn('bsi_site').execute();
  await db.schema.alterTable('injury').dropColumn('previous_episodes').execute();
}
