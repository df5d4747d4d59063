import type { SessionDecision } from '../../contract/sessions';
import type { Programme } from '../../engine/types';
import { auditSessionLog, type AuditedSessionLog } from '../audit/audit.changes';
import { requireClient } from '../client-guard';
import { localDate } from '../clock';
import { DomainError, notFound } from '../errors';
import { datesNotInFuture } from '../field-checks';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import { deriveProgrammeIfPlannable } from '../programmes/derive-programme';
import { toDerivedProgrammeDto } from '../programmes/programme.handlers';
import { logFamilyOf, outcomeOf, toSessionLogRow, toStoredSessionLog } from './session-log.mapping';
import {
  deleteSessionLog,
  findSessionLog,
  insertSessionLog,
  listSessionLogs,
} from './session-log.repository';
import type { SessionLogRow } from './session-log.table';

/** A log as the audit trail keeps it: what was done and how it felt (the note is free text, left out). */
function audited(row: SessionLogRow): AuditedSessionLog {
  return {
    id: row.id,
    date: row.date,
    values: {
      kind: row.kind,
      outcome: outcomeOf(row),
      actualRunMinutes: row.actual_run_minutes,
      setsDone: row.sets_done,
      minutesDone: row.minutes_done,
      rpe: row.rpe,
      painDuring: row.pain_during,
      painAfter: row.pain_after,
      painNextMorning: row.pain_next_morning,
      swelling: row.swelling === 1,
      limp: row.limp === 1,
      redFlags: row.red_flags,
    },
  };
}

export const sessionFieldChecks = {
  'sessions.log': datesNotInFuture({ 'log.date': 'Session date' }),
} satisfies FieldCheckMap;

function sessionExists(programme: Programme, sessionId: string): boolean {
  return programme.weeks.some((week) => week.sessions.some((session) => session.id === sessionId));
}

/** The engine explains a logged session's outcome under this rule ("Logged: red light, …"). */
const LOGGED_RULE = 'E17';

/**
 * The engine's latest decision about a session, with the logged session's explanations: its
 * "Logged: …" line and any line under one of the decision's rules.
 */
export function decisionFor(programme: Programme, sessionId: string): SessionDecision | null {
  const entry = programme.history.findLast((candidate) => candidate.sessionId === sessionId);
  if (!entry) return null;
  const explanation: string[] = [];
  for (const week of programme.weeks) {
    for (const session of week.sessions) {
      if (session.id !== sessionId) continue;
      for (const item of session.explain)
        if (item.rule === LOGGED_RULE || entry.rules.includes(item.rule)) explanation.push(item.text);
    }
  }
  return {
    sessionId: entry.sessionId,
    date: entry.date,
    light: entry.light,
    action: entry.action,
    rules: entry.rules,
    explanation,
  };
}

export const sessionHandlers = {
  'sessions.log': async (context, { clientId, log, replace }) => {
    const now = context.clock();
    const today = localDate(now);
    const derived = await context.db.transaction().execute(async (trx) => {
      const client = await requireClient(trx, clientId);
      const current = await deriveProgrammeIfPlannable(trx, clientId, today, client);
      if ('notPlannable' in current) {
        throw new DomainError('conflict', `There is no plan to log against yet: ${current.notPlannable}`);
      }
      if (!sessionExists(current.programme, log.sessionId)) {
        throw notFound('That session in the current plan');
      }
      const kind = logFamilyOf(log);
      const existing = await findSessionLog(trx, clientId, log.date, kind);
      if (existing && !replace) {
        throw new DomainError(
          'conflict',
          'A session of this kind is already logged on this day. Send replace: true to change the log.',
          [{ path: 'log.date', code: 'already_logged', message: 'Already logged on this day' }],
        );
      }
      const row = toSessionLogRow(clientId, { ...log, kind }, now.toISOString());
      if (existing) {
        // A corrected log replaces the old one but keeps when the session was first logged.
        await deleteSessionLog(trx, existing.id);
        row.created_at = existing.created_at;
      }
      const inserted = await insertSessionLog(trx, row);
      await auditSessionLog(trx, {
        at: now,
        clientId,
        before: existing ? audited(existing) : null,
        after: audited(inserted),
      });
      // A log that does not fit the records (dated before the programme starts…) is refused, not
      // stored: the transaction rolls back.
      const derived = await refreshClientStatus(trx, clientId, now);
      if ('notPlannable' in derived) {
        throw new DomainError(
          'conflict',
          `This log does not fit the client's records. ${derived.notPlannable}`,
          [{ path: 'log.date', code: 'does_not_fit', message: 'This log does not fit the plan' }],
        );
      }
      return derived;
    });
    return {
      programme: toDerivedProgrammeDto(clientId, today, derived, null),
      decision: decisionFor(derived.programme, log.sessionId),
    };
  },

  'sessions.list': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    return (await listSessionLogs(context.db, clientId)).map(toStoredSessionLog);
  },
} satisfies Partial<HandlerMap>;
