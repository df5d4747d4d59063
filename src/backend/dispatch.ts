import { isChannelName, type ChannelName } from '../contract/channel-names';
import { channels } from '../contract/channels';
import { toFieldIssues } from '../contract/issues';
import { fail, ok, type Result } from '../contract/result';
import { clearanceFieldChecks, clearanceHandlers } from './clearances/clearance.handlers';
import { clientFieldChecks, clientHandlers } from './clients/client.handlers';
import { dashboardHandlers } from './dashboard/dashboard.handlers';
import { groupHandlers } from './groups/group.handlers';
import { injuryFieldChecks, injuryHandlers } from './injuries/injury.handlers';
import { intakeHandlers } from './intake/intake.handlers';
import { noteFieldChecks, noteHandlers } from './notes/note.handlers';
import { programmeHandlers } from './programmes/programme.handlers';
import { sessionFieldChecks, sessionHandlers } from './sessions/session.handlers';
import { adjustmentHandlers } from './adjustments/adjustment.handlers';
import { assessmentFieldChecks, assessmentHandlers } from './assessments/assessment.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { backupHandlers } from './backup/backup.handlers';
import { clientDataHandlers } from './client-data/client-data.handlers';
import { exportsHandlers } from './exports/exports.handlers';
import { printHandlers } from './print/print.handlers';
import { settingsFieldChecks, settingsHandlers } from './settings/settings.handlers';
import type { BackendContext } from './context';
import { DomainError } from './errors';
import type { FieldCheckMap, Handler, HandlerMap } from './handler';

const handlers = {
  ...clientHandlers,
  ...injuryHandlers,
  ...noteHandlers,
  ...clearanceHandlers,
  ...intakeHandlers,
  ...programmeHandlers,
  ...sessionHandlers,
  ...adjustmentHandlers,
  ...assessmentHandlers,
  ...dashboardHandlers,
  ...groupHandlers,
  ...settingsHandlers,
  ...printHandlers,
  ...exportsHandlers,
  ...backupHandlers,
  ...clientDataHandlers,
  ...auditHandlers,
} satisfies HandlerMap;

const fieldChecks: FieldCheckMap = {
  ...clientFieldChecks,
  ...settingsFieldChecks,
  ...injuryFieldChecks,
  ...noteFieldChecks,
  ...clearanceFieldChecks,
  ...sessionFieldChecks,
  ...assessmentFieldChecks,
};

/** SQLITE_BUSY / SQLITE_LOCKED (and their extended codes): another connection held a lock beyond the busy timeout. */
function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export type Logger = (message: string, error: unknown) => void;

const logToStderr: Logger = (message, error) => console.error(message, error);

/**
 * The only way into the backend: unknown channel → error; input parsed with the channel's schema
 * (`invalid_input` with field paths); handler called; domain errors mapped to their codes; anything
 * unexpected becomes `internal`, logged in full here and never sent to the caller.
 */
export async function dispatch(
  context: BackendContext,
  channel: string,
  rawInput: unknown,
  log: Logger = logToStderr,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('unknown_channel', `There is no channel named "${channel}".`);
  const parsed = channels[channel].input.safeParse(rawInput ?? {});
  try {
    const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error);
    // One message per field: a context check adds only fields the schema found nothing wrong with.
    const contextIssues = (fieldChecks[channel]?.(context, rawInput) ?? []).filter(
      (issue) => !schemaIssues.some((known) => known.path === issue.path),
    );
    const issues = [...schemaIssues, ...contextIssues];
    if (!parsed.success || issues.length > 0) {
      return fail('invalid_input', 'Some fields need attention.', issues);
    }
    const handler = handlers[channel] as Handler<ChannelName>;
    return ok(await handler(context, parsed.data as never));
  } catch (error) {
    if (error instanceof DomainError) return fail(error.code, error.message, error.issues);
    if (isDatabaseBusy(error)) {
      return fail('conflict', 'The database is busy in another ReStride window or process; try again.');
    }
    log(`ReStride: ${channel} failed`, error);
    return fail('internal', 'Something went wrong inside ReStride. The details were written to its log.');
  }
}
