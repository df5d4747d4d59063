import type { PlanAdjustmentTable } from '../adjustments/plan-adjustment.table';
import type { AssessmentTable } from '../assessments/assessment.table';
import type { AuditLogTable } from '../audit/audit.table';
import type { ClearanceTable } from '../clearances/clearance.table';
import type { ClientStatusTable } from '../client-status/client-status.table';
import type { ClientTable } from '../clients/client.table';
import type { ClientGroupTable, GroupMemberTable } from '../groups/group.table';
import type { InjuryNoteTable } from '../injuries/injury-note.table';
import type { InjuryTable } from '../injuries/injury.table';
import type { IntakeTable } from '../intake/intake.table';
import type { PlanSnapshotTable } from '../programmes/plan-snapshot.table';
import type { SessionLogTable } from '../sessions/session-log.table';
import type { SettingsTable } from '../settings/settings.table';

/** Every table, as kysely sees it. Feature folders own their row types. */
export interface Database {
  client: ClientTable;
  client_status: ClientStatusTable;
  injury: InjuryTable;
  injury_note: InjuryNoteTable;
  clearance: ClearanceTable;
  intake: IntakeTable;
  plan_snapshot: PlanSnapshotTable;
  plan_adjustment: PlanAdjustmentTable;
  assessment: AssessmentTable;
  session_log: SessionLogTable;
  client_group: ClientGroupTable;
  group_member: GroupMemberTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
}
