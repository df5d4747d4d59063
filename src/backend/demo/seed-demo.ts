import type { Client } from '../../contract/clients';
import type { Dashboard } from '../../contract/dashboard';
import type { Group } from '../../contract/groups';
import type { Injury } from '../../contract/injuries';
import type { DerivedProgrammeDto } from '../../contract/programmes';
import type { Result } from '../../contract/result';
import { addDays } from '../../engine/dates';
import type { Session } from '../../engine/types';
import { demoClients } from './demo-clients';
import { demoCases, demoGroups, type DemoCase, type DemoLog } from './demo-workspace';

type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

const CLINICIAN = 'J. Physio';

async function call<T>(dispatch: Dispatch, channel: string, input: unknown, what: string): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok)
    throw new Error(
      `Demo ${what} (${channel}): ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`,
    );
  return result.value as T;
}

/**
 * The session the next demo log is for: of the open, unlocked walking or running sessions on or
 * before `latest`, the `remaining`-th from the end, so the demo's logs lead up to today.
 */
function nextOpenSession(
  programme: DerivedProgrammeDto,
  latest: string,
  remaining: number,
): Session | undefined {
  const loggable = new Set(['walk', 'walk_run', 'easy_run']);
  const open = programme.programme.weeks
    .flatMap((week) => week.sessions)
    .filter(
      (session) =>
        loggable.has(session.kind) && !session.locked && session.status !== 'done' && session.date <= latest,
    );
  return open[Math.max(0, open.length - remaining)];
}

async function seedLogs(
  dispatch: Dispatch,
  clientId: number,
  logs: DemoLog[],
  today: string,
  name: string,
): Promise<void> {
  const current = await call<{ derived: DerivedProgrammeDto | null; notPlannable: string | null }>(
    dispatch,
    'programmes.current',
    { clientId },
    name,
  );
  if (!current.derived) throw new Error(`Demo ${name}: ${current.notPlannable}`);
  let programme = current.derived;
  for (const [index, log] of logs.entries()) {
    const session = nextOpenSession(
      programme,
      addDays(today, -(log.latestDaysAgo ?? 0)),
      logs.length - index,
    );
    if (!session) return;
    const logged = await call<{ programme: DerivedProgrammeDto }>(
      dispatch,
      'sessions.log',
      {
        clientId,
        log: {
          sessionId: session.id,
          date: session.date,
          completed: true,
          actualRunMinutes: session.runMinutes,
          rpe: 3,
          painDuring: log.painDuring,
          painAfter: log.painAfter,
          painNextMorning: log.painNextMorning,
          swelling: log.swelling ?? false,
          redFlags: log.redFlags ?? [],
          note: log.note ?? '',
        },
      },
      name,
    );
    programme = logged.programme;
  }
}

async function seedCase(dispatch: Dispatch, client: Client, demo: DemoCase, today: string): Promise<void> {
  const ago = (days: number): string => addDays(today, -days);
  const { injury: spec } = demo;
  const injury = await call<Injury>(
    dispatch,
    'injuries.create',
    {
      clientId: client.id,
      type: spec.type,
      side: spec.side,
      onsetDate: ago(spec.onsetDaysAgo),
      weeksWithoutRunning: spec.weeksWithoutRunning,
      severity: spec.severity,
      surgeryDate: spec.surgeryDaysAgo === undefined ? null : ago(spec.surgeryDaysAgo),
      deliveryDate: spec.deliveryDaysAgo === undefined ? null : ago(spec.deliveryDaysAgo),
      recurrent: spec.recurrent ?? false,
    },
    client.name,
  );
  for (const note of demo.notes) {
    const date = ago(note.daysAgo);
    await call(
      dispatch,
      'notes.add',
      {
        injuryId: injury.id,
        date,
        author: CLINICIAN,
        text: note.text,
        restrictions: note.restrictions.map(({ untilDays, ...restriction }) => ({
          ...restriction,
          until: untilDays === undefined ? null : addDays(date, untilDays),
        })),
      },
      client.name,
    );
  }
  for (const clearance of demo.clearances) {
    await call(
      dispatch,
      'clearances.set',
      {
        clientId: client.id,
        level: clearance.level,
        date: ago(clearance.daysAgo),
        by: CLINICIAN,
        reviewDate: clearance.reviewIn === null ? null : addDays(today, clearance.reviewIn),
        conditions: clearance.conditions ?? null,
      },
      client.name,
    );
  }
  for (const assessment of demo.assessments ?? []) {
    await call(
      dispatch,
      'assessments.add',
      {
        clientId: client.id,
        assessment: {
          date: ago(assessment.daysAgo),
          by: CLINICIAN,
          results: assessment.results,
          ...(assessment.note === undefined ? {} : { note: assessment.note }),
        },
      },
      client.name,
    );
  }
  if (!demo.intake) return;
  const { goalInWeeks, startedDaysAgo, ...intake } = demo.intake;
  await call(
    dispatch,
    'intake.save',
    {
      clientId: client.id,
      ...intake,
      startDate: ago(startedDaysAgo),
      goalDate: goalInWeeks === null ? null : addDays(today, goalInWeeks * 7),
    },
    client.name,
  );
  if (demo.clearances.length > 0) await seedLogs(dispatch, client.id, demo.logs, today, client.name);
}

/**
 * Fills an empty database with a demo caseload, through the contract like any other caller (so
 * demo data passes the same validation): clients, their injuries and notes, clearance histories,
 * recorded tests, intakes, generated programmes, logs and the two groups. Dates count back from the backend's
 * clock (the dashboard's `today`), so the demo always looks current. Returns how many clients it added.
 */
export async function seedDemoData(dispatch: Dispatch): Promise<number> {
  const existing = await dispatch('clients.list', { includeArchived: true, limit: 1 });
  if (!existing.ok) throw new Error(existing.error.message);
  if ((existing.value as { total: number }).total > 0) return 0;
  const { today } = await call<Dashboard>(dispatch, 'dashboard.get', {}, 'today');
  const groups = new Map<string, Group>();
  for (const group of demoGroups)
    groups.set(group.name, await call<Group>(dispatch, 'groups.create', group, group.name));
  for (const fields of demoClients) {
    const client = await call<Client>(dispatch, 'clients.create', fields, `client ${fields.name}`);
    const group = client.group === null ? undefined : groups.get(client.group);
    if (group)
      await call(dispatch, 'groups.addMember', { groupId: group.id, clientId: client.id }, client.name);
    const demo = demoCases[client.name];
    if (demo) await seedCase(dispatch, client, demo, today);
  }
  return demoClients.length;
}
