import { afterEach, expect, it } from 'vitest';
import { seedDemoData } from '../../src/backend/demo/seed-demo';
import type { Dashboard } from '../../src/contract/dashboard';
import type { Group } from '../../src/contract/groups';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import { CLEARANCE_LEVELS, PAIN_LIGHTS } from '../../src/engine/types';
import { call, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(async () => {
  await backend.dispose();
});

// Two clocks on different weekdays: the demo's sessions fall on other days, the caseload must not change.
it.each(['2026-11-27T10:00:00Z', '2027-03-13T09:00:00Z'])(
  '--demo seeds a whole caseload through the contract at %s, once',
  async (now) => {
    backend = await createTestBackend(new Date(now));
    expect(await seedDemoData(backend.dispatch)).toBe(12);
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
    expect(dashboard.today).toBe(now.slice(0, 10));
    expect(new Set(dashboard.rows.map((row) => row.clearanceLevel))).toEqual(
      new Set([...CLEARANCE_LEVELS, null]),
    );
    for (const key of [
      'refer',
      'red7d',
      'reviewDue',
      'awaitingClearance',
      'noLog10d',
      'readyToAdvance',
    ] as const) {
      expect(dashboard.counts[key], key).toBeGreaterThan(0);
    }
    expect(dashboard.rows.some((row) => row.reviewDate !== null && row.reviewDate < dashboard.today)).toBe(
      true,
    );
    const groups = await call<Group[]>(backend, 'groups.list', {});
    expect(groups.map((group) => [group.name, group.kind, group.memberCount])).toEqual([
      ['Riverside Harriers', 'club', 4],
      ['Tuesday Trail Squad', 'squad', 3],
    ]);
    const lights = await backend.context.db.selectFrom('session_log').select('light').distinct().execute();
    expect(lights.map((row) => row.light)).toEqual(
      expect.arrayContaining(['green', 'amber', 'red', 'refer']),
    );
    expect(
      lights.every((row) => row.light === null || (PAIN_LIGHTS as readonly string[]).includes(row.light)),
    ).toBe(true);
    const restricted = await backend.context.db
      .selectFrom('injury_note')
      .select('restrictions')
      .where('restrictions', '!=', '[]')
      .execute();
    expect(restricted.length).toBeGreaterThan(5);
    expect(await countRows(backend, 'clearance')).toBeGreaterThan(12);

    expect(await seedDemoData(backend.dispatch)).toBe(0);
    expect(await countRows(backend, 'client')).toBe(12);
  },
);

it.each(['2026-11-27T10:00:00Z', '2027-03-13T09:00:00Z'])(
  'the demo’s recorded tests tell their story at %s',
  async (now) => {
    backend = await createTestBackend(new Date(now));
    await seedDemoData(backend.dispatch);
    const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
    const idOf = (name: string): number => dashboard.rows.find((row) => row.name === name)!.clientId;
    const criterion = async (name: string, code: string) => {
      const current = await call<{ derived: DerivedProgrammeDto | null }>(backend, 'programmes.current', {
        clientId: idOf(name),
      });
      return current
        .derived!.programme.checkpoints.flatMap((checkpoint) => checkpoint.criteria)
        .find((found) => found.code === code)?.assessment;
    };
    const lightsOf = async (name: string): Promise<(string | null)[]> =>
      (
        await backend.context.db
          .selectFrom('session_log')
          .select('light')
          .where('client_id', '=', idOf(name))
          .execute()
      ).map((row) => row.light);
    // ACL reconstruction: the knee criteria allow running (he ran), the hop tests (LSI 82%) hold
    // speed and hills back, and they are due for a re-test.
    expect(await lightsOf('David Lindqvist')).toEqual(['green', 'green', 'green']);
    expect(await criterion('David Lindqvist', 'acl_hop_symmetry')).toMatchObject({
      status: 'not_met',
      holdsBack: true,
    });
    expect(dashboard.rows.find((row) => row.name === 'David Lindqvist')?.flags).toContain('retest_due');
    // Postnatal: leaking on jogging; running waits.
    expect(await criterion('Clara Nowak', 'postnatal_jog')).toMatchObject({ status: 'not_met' });
    // Bone stress: the loading battery passed, so he ran (and logged a red session).
    expect(await lightsOf('Ben Okafor')).toContain('red');
    expect(await countRows(backend, 'assessment')).toBe(4);
  },
);
