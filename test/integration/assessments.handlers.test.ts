import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_LIMITS } from '../../src/contract/assessment';
import type { StoredAssessment } from '../../src/contract/assessments';
import type { AuditEntry } from '../../src/contract/audit';
import type { ClientRecordFile } from '../../src/contract/client-data';
import type { Client } from '../../src/contract/clients';
import type { Dashboard } from '../../src/contract/dashboard';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { Settings } from '../../src/contract/settings';
import type { CheckpointCriterion, Session, TestResult } from '../../src/engine/types';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  clearanceInput,
  createClient,
  createInjury,
  derivedProgramme,
  intakeInput,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend(); // today is 2026-11-27
});
afterEach(async () => {
  await backend.dispose();
});

const BY = 'J. Physio';

/** Every test of the postnatal load and impact battery, passed without symptoms, and the strength tests. */
const POSTNATAL_PASSED: TestResult[] = [
  { test: 'pelvic_floor_assessed', passed: true },
  ...(
    [
      'postnatal_walk_30',
      'postnatal_balance',
      'postnatal_squat',
      'postnatal_jog',
      'postnatal_bounds',
      'postnatal_hops',
      'postnatal_running_man',
    ] as const
  ).map((test): TestResult => ({ test, passed: true, symptoms: [] })),
  { test: 'postnatal_strength', passed: true },
];

/** The battery with leaking on jogging: the criterion fails. */
const POSTNATAL_LEAKING: TestResult[] = POSTNATAL_PASSED.map((result) =>
  result.test === 'postnatal_jog' ? { ...result, symptoms: ['leaking'] } : result,
);

/** After ACL reconstruction: the knee's non-negotiables and quadriceps strength, all passing. */
const KNEE_PASSED: TestResult[] = [
  { test: 'knee_extension_deficit', value: 0 },
  { test: 'knee_flexion_percent', value: 97 },
  { test: 'knee_effusion', value: 1 },
  { test: 'quadriceps_strength', left: 360, right: 400 },
];

/** Hop tests for the left (operated) leg at `percent` of the right. */
const hops = (percent: number): TestResult[] => [
  { test: 'single_hop', left: (150 * percent) / 100, right: 150, pain: 0 },
  { test: 'triple_hop', left: (500 * percent) / 100, right: 500, pain: 0 },
];

async function addAssessment(
  clientId: number,
  date: string,
  results: TestResult[],
  note?: string,
): Promise<StoredAssessment> {
  return call<StoredAssessment>(backend, 'assessments.add', {
    clientId,
    assessment: { date, by: BY, results, ...(note === undefined ? {} : { note }) },
  });
}

/** A plannable client with this injury and clearance (the intake of the workspace fixtures). */
async function plannableClient(
  name: string,
  injury: object,
  clearance: object = {},
  intake: object = {},
): Promise<Client> {
  const client = await createClient(backend, name);
  await createInjury(backend, client.id, injury);
  await call(backend, 'clearances.set', clearanceInput(client.id, clearance));
  await call(backend, 'intake.save', intakeInput(client.id, intake));
  return client;
}

const postnatal = (deliveryDate: string) => ({
  type: 'postnatal',
  side: 'na',
  onsetDate: deliveryDate,
  deliveryDate,
  weeksWithoutRunning: 40,
  severity: 'mild',
});

const aclReconstruction = {
  type: 'acl_reconstruction',
  side: 'left',
  onsetDate: '2025-12-01',
  surgeryDate: '2026-01-05',
  weeksWithoutRunning: 40,
  severity: 'severe',
};

const sessionsOf = (derived: DerivedProgrammeDto): Session[] =>
  derived.programme.weeks.flatMap((week) => week.sessions);

const RUN_KINDS = new Set(['walk_run', 'easy_run', 'progressive_run', 'strides', 'hills']);
const futureRuns = (derived: DerivedProgrammeDto): Session[] =>
  sessionsOf(derived).filter((session) => RUN_KINDS.has(session.kind) && session.date >= derived.today);

/** The criterion of this code in the programme's checkpoints (the first that lists it). */
function criterionOf(derived: DerivedProgrammeDto, code: string): CheckpointCriterion {
  const found = derived.programme.checkpoints
    .flatMap((checkpoint) => checkpoint.criteria)
    .find((criterion) => criterion.code === code);
  if (!found) throw new Error(`No criterion ${code}`);
  return found;
}

async function auditOf(clientId: number): Promise<AuditEntry[]> {
  return call<AuditEntry[]>(backend, 'audit.list', { clientId });
}

async function flagsOf(clientId: number): Promise<string[]> {
  const dashboard = await call<Dashboard>(backend, 'dashboard.get', {});
  return dashboard.rows.find((row) => row.clientId === clientId)?.flags ?? [];
}

describe('assessments (issue 10): add, list, update, remove', () => {
  it('keeps a client’s assessments newest first, corrects and removes them, each in the audit trail', async () => {
    const client = await createClient(backend);
    const first = await addAssessment(client.id, '2026-11-01', [
      { test: 'brisk_walk_30', passed: true, pain: 1 },
    ]);
    expect(first).toMatchObject({
      clientId: client.id,
      date: '2026-11-01',
      by: BY,
      note: '',
      results: [{ test: 'brisk_walk_30', passed: true, pain: 1 }],
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    const second = await addAssessment(
      client.id,
      '2026-11-20',
      [{ test: 'heel_raises', left: 18, right: 27, pain: 2 }],
      'Calf tired on the left',
    );
    const sameDay = await addAssessment(client.id, '2026-11-20', [
      { test: 'single_leg_hops_10', passed: false },
    ]);
    const list = await call<StoredAssessment[]>(backend, 'assessments.list', { clientId: client.id });
    expect(list.map((a) => a.id)).toEqual([sameDay.id, second.id, first.id]);

    backend.setNow(new Date('2026-11-28T09:00:00Z'));
    const corrected = await call<StoredAssessment>(backend, 'assessments.update', {
      id: second.id,
      assessment: {
        date: '2026-11-21',
        by: 'K. Physio',
        results: [{ test: 'heel_raises', left: 20, right: 27 }],
      },
    });
    expect(corrected).toEqual({
      id: second.id,
      clientId: client.id,
      date: '2026-11-21',
      by: 'K. Physio',
      note: '',
      results: [{ test: 'heel_raises', left: 20, right: 27 }],
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-28T09:00:00.000Z',
    });
    expect(await call(backend, 'assessments.remove', { id: first.id })).toEqual({ id: first.id });
    const after = await call<StoredAssessment[]>(backend, 'assessments.list', { clientId: client.id });
    expect(after.map((a) => a.id)).toEqual([second.id, sameDay.id]);

    const audit = (await auditOf(client.id)).filter((entry) => entry.action.startsWith('assessment.'));
    expect(audit.map((entry) => [entry.action, entry.subject])).toEqual([
      ['assessment.remove', `assessment ${first.id}`],
      ['assessment.update', `assessment ${second.id}`],
      ['assessment.add', `assessment ${sameDay.id}`],
      ['assessment.add', `assessment ${second.id}`],
      ['assessment.add', `assessment ${first.id}`],
    ]);
    const [removed, updated] = audit;
    expect(JSON.parse(String(removed!.details.before))).toEqual({
      date: '2026-11-01',
      by: BY,
      results: [{ test: 'brisk_walk_30', passed: true, pain: 1 }],
    });
    expect(removed!.details.after).toBeNull();
    expect(JSON.parse(String(updated!.details.before))).toEqual({
      date: '2026-11-20',
      by: BY,
      results: [{ test: 'heel_raises', left: 18, right: 27, pain: 2 }],
    });
    expect(JSON.parse(String(updated!.details.after))).toEqual({
      date: '2026-11-21',
      by: 'K. Physio',
      results: [{ test: 'heel_raises', left: 20, right: 27 }],
    });
    // The note's free text stays out of the audit trail; that it changed is kept.
    expect(updated!.details.noteChanged).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('Calf tired');
  });

  it('refuses a date after today, naming the field, and stores nothing', async () => {
    const client = await createClient(backend);
    const error = await callError(backend, 'assessments.add', {
      clientId: client.id,
      assessment: { date: '2026-11-28', by: BY, results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: { 'assessment.date': 'future_date' } });
    const stored = await addAssessment(client.id, '2026-11-27', [{ test: 'brisk_walk_30', passed: true }]);
    const update = await callError(backend, 'assessments.update', {
      id: stored.id,
      assessment: { date: '2027-01-01', by: BY, results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(update).toMatchObject({ code: 'invalid_input', issues: { 'assessment.date': 'future_date' } });
    expect(await countRows(backend, 'assessment')).toBe(1);
  });

  it.each<[string, TestResult[], string]>([
    [
      'a per-side test given one value',
      [{ test: 'single_hop', value: 120 } as TestResult],
      'assessment.results.0.value',
    ],
    [
      'a value beyond the test’s range',
      [{ test: 'knee_flexion_percent', value: 151 }],
      'assessment.results.0.value',
    ],
    ['a pass/fail test without its verdict', [{ test: 'brisk_walk_30' }], 'assessment.results.0.passed'],
    [
      'a test recorded twice',
      [
        { test: 'brisk_walk_30', passed: true },
        { test: 'brisk_walk_30', passed: false },
      ],
      'assessment.results.1.test',
    ],
    [
      'an unknown test',
      [{ test: 'moon_jump', passed: true } as unknown as TestResult],
      'assessment.results.0.test',
    ],
  ])('refuses %s with the field’s path and stores nothing', async (_label, results, path) => {
    const client = await createClient(backend);
    const error = await callError(backend, 'assessments.add', {
      clientId: client.id,
      assessment: { date: '2026-11-20', by: BY, results },
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues)).toContain(path);
    expect(await countRows(backend, 'assessment')).toBe(0);
    expect((await auditOf(client.id)).filter((entry) => entry.action.startsWith('assessment.'))).toEqual([]);
  });

  it('refuses one assessment more than a plan reads, with what to do instead', async () => {
    const client = await createClient(backend);
    const row = {
      client_id: client.id,
      date: '2026-11-01',
      tested_by: BY,
      results: JSON.stringify([{ test: 'brisk_walk_30', passed: true }]),
      created_at: '2026-11-27T10:00:00.000Z',
      updated_at: '2026-11-27T10:00:00.000Z',
    };
    await backend.context.db
      .insertInto('assessment')
      .values(Array.from({ length: ASSESSMENT_LIMITS.perRequest }, () => row))
      .execute();
    const error = await callError(backend, 'assessments.add', {
      clientId: client.id,
      assessment: { date: '2026-11-20', by: BY, results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`already has ${ASSESSMENT_LIMITS.perRequest} assessments`);
    expect(await countRows(backend, 'assessment')).toBe(ASSESSMENT_LIMITS.perRequest);
  });

  it('answers not_found for an unknown client or assessment', async () => {
    const add = await callError(backend, 'assessments.add', {
      clientId: 999,
      assessment: { date: '2026-11-20', by: BY, results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(add).toMatchObject({ code: 'not_found', message: 'Client was not found.' });
    expect((await callError(backend, 'assessments.list', { clientId: 999 })).code).toBe('not_found');
    const update = await callError(backend, 'assessments.update', {
      id: 999,
      assessment: { date: '2026-11-20', by: BY, results: [{ test: 'brisk_walk_30', passed: true }] },
    });
    expect(update).toMatchObject({ code: 'not_found', message: 'Assessment was not found.' });
    expect((await callError(backend, 'assessments.remove', { id: 999 })).code).toBe('not_found');
  });
});

describe('the plan reads the assessments', () => {
  it('shows a checkpoint’s criterion as not yet tested, not met, then met', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'), { level: 'walking' });
    expect(criterionOf(await derivedProgramme(backend, client.id), 'postnatal_jog').assessment).toMatchObject(
      {
        status: 'not_yet_tested',
        required: true,
        testedOn: null,
      },
    );
    await addAssessment(client.id, '2026-11-20', POSTNATAL_LEAKING);
    expect(criterionOf(await derivedProgramme(backend, client.id), 'postnatal_jog').assessment).toMatchObject(
      {
        status: 'not_met',
        testedOn: '2026-11-20',
        holdsBack: true,
      },
    );
    await addAssessment(client.id, '2026-11-26', POSTNATAL_PASSED);
    const derived = await derivedProgramme(backend, client.id);
    expect(criterionOf(derived, 'postnatal_jog').assessment).toMatchObject({
      status: 'met',
      testedOn: '2026-11-26',
      holdsBack: false,
    });
    expect(criterionOf(derived, 'pelvic_floor').assessment?.status).toBe('met');
  });

  it('a postnatal client runs only after a passing battery and a clearance after 12 weeks', async () => {
    // Delivered 2 October: 12 weeks on 25 December. Cleared for walk-run today, before the 12 weeks.
    const client = await plannableClient(
      'Clara Nowak',
      postnatal('2026-10-02'),
      { level: 'walk_run', date: '2026-11-27', reviewDate: '2027-01-15' },
      { startDate: '2026-11-23', goalKind: 'run_30min', goalDate: null },
    );
    const waitingForTests = (session: Session): boolean =>
      session.locked && (session.lockedReason ?? '').startsWith('Waiting for test results');
    const untested = await derivedProgramme(backend, client.id);
    expect(futureRuns(untested).length).toBeGreaterThan(0);
    expect(futureRuns(untested).every((session) => session.locked)).toBe(true);
    expect(untested.programme.warnings.map((w) => w.code)).toContain('criteria_not_met');

    await addAssessment(client.id, '2026-11-26', POSTNATAL_LEAKING);
    const failing = await derivedProgramme(backend, client.id);
    expect(futureRuns(failing).every((session) => session.locked)).toBe(true);
    expect(failing.programme.warnings.map((w) => w.code)).toContain('criteria_not_met');

    const passed = await addAssessment(client.id, '2026-11-27', POSTNATAL_PASSED);
    const tested = await derivedProgramme(backend, client.id);
    // The tests no longer hold any run; the clearance given before 12 weeks still holds them all.
    expect(futureRuns(tested).every((session) => session.locked)).toBe(true);
    expect(tested.programme.warnings.map((w) => w.code)).not.toContain('criteria_not_met');

    // A clearance after the 12 weeks opens the runs…
    backend.setNow(new Date('2026-12-28T10:00:00Z'));
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walk_run', date: '2026-12-28', reviewDate: '2027-01-31' }),
    );
    expect(futureRuns(await derivedProgramme(backend, client.id)).some((s) => !s.locked)).toBe(true);
    // …only with the passing battery: without it they wait for the tests (leaking on jogging) again.
    await call(backend, 'assessments.remove', { id: passed.id });
    const withoutBattery = futureRuns(await derivedProgramme(backend, client.id));
    expect(withoutBattery.every((session) => session.locked)).toBe(true);
    expect(withoutBattery.some(waitingForTests)).toBe(true);
  });

  it('after ACL reconstruction, a hop LSI of 82% keeps strides and hills out; 92% lets them in', async () => {
    // Surgery 5 January: 9 months on 5 October. Fully cleared.
    const client = await plannableClient(
      'David Lindqvist',
      aclReconstruction,
      { level: 'full', date: '2026-11-20' },
      { longestRecentRunMinutes: 30, goalKind: 'half_marathon' },
    );
    await addAssessment(client.id, '2026-11-10', KNEE_PASSED);
    await addAssessment(client.id, '2026-11-20', hops(82));
    const failing = await derivedProgramme(backend, client.id);
    const hop = criterionOf(failing, 'acl_hop_symmetry').assessment;
    expect(hop).toMatchObject({ status: 'not_met', holdsBack: true, required: true, testedOn: '2026-11-20' });
    expect(hop?.latest).toContain('82');
    expect(sessionsOf(failing).filter((s) => s.kind === 'strides' || s.kind === 'hills')).toEqual([]);

    expect(failing.programme.warnings.map((w) => w.code)).toContain('criteria_not_met');

    await addAssessment(client.id, '2026-11-27', hops(92));
    const passing = await derivedProgramme(backend, client.id);
    // Fully cleared and nothing holds the step back: no checkpoint is left to show.
    expect(passing.programme.checkpoints.flatMap((c) => c.criteria).map((c) => c.code)).not.toContain(
      'acl_hop_symmetry',
    );
    expect(passing.programme.warnings.map((w) => w.code)).not.toContain('criteria_not_met');
    expect(sessionsOf(passing).some((s) => s.kind === 'strides' || s.kind === 'hills')).toBe(true);
  });

  it('follows the clinic’s threshold: 85% (S17) instead of 90% passes a hop LSI of 87%', async () => {
    const client = await plannableClient('David Lindqvist', aclReconstruction, { level: 'full' });
    await addAssessment(client.id, '2026-11-10', KNEE_PASSED);
    await addAssessment(client.id, '2026-11-06', hops(87));
    expect(
      criterionOf(await derivedProgramme(backend, client.id), 'acl_hop_symmetry').assessment?.status,
    ).toBe('not_met');
    expect(await flagsOf(client.id)).toContain('retest_due');
    await call(backend, 'settings.save', { criteriaThresholds: { acl_hop_lsi_sport: 85 } });
    const derived = await derivedProgramme(backend, client.id);
    expect(derived.programme.warnings.map((w) => w.code)).not.toContain('criteria_not_met');
    // The caseload row followed the settings at once.
    expect(await flagsOf(client.id)).not.toContain('retest_due');
  });
});

describe('a handed-out plan is outdated by new results', () => {
  it('names assessments among what changed since the print; an older snapshot without them is current', async () => {
    const client = await plannableClient('Anna Keller', {
      type: 'achilles_tendinopathy',
      side: 'left',
      onsetDate: '2026-09-01',
      weeksWithoutRunning: 6,
      severity: 'moderate',
    });
    await call(backend, 'exports.ics', { clientId: client.id });
    // As a snapshot recorded before assessments existed: its inputs do not name them.
    const snapshot = await backend.context.db
      .selectFrom('plan_snapshot')
      .select(['id', 'inputs'])
      .where('client_id', '=', client.id)
      .executeTakeFirstOrThrow();
    const older = JSON.parse(snapshot.inputs) as Record<string, string>;
    delete older.assessments;
    await backend.context.db
      .updateTable('plan_snapshot')
      .set({ inputs: JSON.stringify(older) })
      .where('id', '=', snapshot.id)
      .execute();
    expect((await derivedProgramme(backend, client.id)).handedOut?.changedSince).toEqual([]);
    await addAssessment(client.id, '2026-11-26', [{ test: 'heel_raises', left: 18, right: 27 }]);
    expect((await derivedProgramme(backend, client.id)).handedOut?.changedSince).toEqual(['assessments']);
  });
});

describe('settings: thresholds and the re-test interval', () => {
  it('offers each threshold with its default, range, sources and alternatives, and saves the clinic’s choice', async () => {
    const defaults = await call<Settings>(backend, 'settings.get', {});
    expect(defaults.criteriaThresholds).toEqual({});
    expect(defaults.retestWeeks).toBe(2);
    expect(defaults.thresholdOptions.find((option) => option.id === 'acl_hop_lsi_sport')).toEqual({
      id: 'acl_hop_lsi_sport',
      value: 90,
      default: 90,
      min: 70,
      max: 100,
      sources: ['S38'],
      alternatives: [
        { value: 85, sources: ['S17'] },
        { value: 80, sources: ['S3'] },
      ],
    });
    const saved = await call<Settings>(backend, 'settings.save', {
      criteriaThresholds: { acl_hop_lsi_sport: 80, bone_pain_max: 2 },
      retestWeeks: 4,
    });
    expect(saved.criteriaThresholds).toEqual({ acl_hop_lsi_sport: 80, bone_pain_max: 2 });
    expect(saved.retestWeeks).toBe(4);
    expect(saved.thresholdOptions.find((option) => option.id === 'acl_hop_lsi_sport')?.value).toBe(80);
    // Other settings leave them as they are.
    expect((await call<Settings>(backend, 'settings.save', { units: 'mi' })).criteriaThresholds).toEqual({
      acl_hop_lsi_sport: 80,
      bone_pain_max: 2,
    });
    expect(
      (await call<Settings>(backend, 'settings.save', { criteriaThresholds: {} })).criteriaThresholds,
    ).toEqual({});
  });

  it('refuses a threshold out of its range, an unknown one and a re-test interval beyond 1–26 weeks', async () => {
    const error = await callError(backend, 'settings.save', {
      criteriaThresholds: { acl_hop_lsi_sport: 60, moon: 1 },
      retestWeeks: 27,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toMatchObject({
      'criteriaThresholds.acl_hop_lsi_sport': 'too_small',
      retestWeeks: 'too_big',
    });
    expect(Object.keys(error.issues).some((path) => path.startsWith('criteriaThresholds'))).toBe(true);
    expect((await call<Settings>(backend, 'settings.get', {})).updatedAt).toBeNull();
  });
});

describe('dashboard flags from the tests', () => {
  it('criteria_met: every tested criterion of the next step is met while the clearance is below it', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'), { level: 'walking' });
    expect(await flagsOf(client.id)).not.toContain('criteria_met');
    await addAssessment(client.id, '2026-11-20', POSTNATAL_LEAKING);
    expect(await flagsOf(client.id)).not.toContain('criteria_met');
    await addAssessment(client.id, '2026-11-27', POSTNATAL_PASSED);
    expect(await flagsOf(client.id)).toContain('criteria_met');
    const filtered = await call<Dashboard>(backend, 'dashboard.get', { filter: 'criteria_met' });
    expect(filtered.rows.map((row) => row.clientId)).toEqual([client.id]);
    expect(filtered.counts.criteriaMet).toBe(1);
    // Cleared for the step: nothing left to review.
    await call(
      backend,
      'clearances.set',
      clearanceInput(client.id, { level: 'walk_run', date: '2026-11-27' }),
    );
    expect(await flagsOf(client.id)).not.toContain('criteria_met');
  });

  it('retest_due: a failed result holding the plan back, once it is the re-test interval old', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'), { level: 'walking' });
    await addAssessment(client.id, '2026-11-14', POSTNATAL_LEAKING);
    // 13 days old: due tomorrow.
    expect(await flagsOf(client.id)).not.toContain('retest_due');
    backend.setNow(new Date('2026-11-28T10:00:00Z'));
    expect(await flagsOf(client.id)).toContain('retest_due');
    const filtered = await call<Dashboard>(backend, 'dashboard.get', { filter: 'retest_due' });
    expect(filtered.rows.map((row) => row.clientId)).toEqual([client.id]);
    expect(filtered.counts.retestDue).toBe(1);
    // A longer interval moves the due date at once.
    await call(backend, 'settings.save', { retestWeeks: 3 });
    expect(await flagsOf(client.id)).not.toContain('retest_due');
    await call(backend, 'settings.save', { retestWeeks: 2 });
    // Re-tested and passed: nothing holds back any more.
    await addAssessment(client.id, '2026-11-28', POSTNATAL_PASSED);
    expect(await flagsOf(client.id)).not.toContain('retest_due');
  });

  it('retest_due is not raised for criteria not yet tested', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'), { level: 'walk_run' });
    backend.setNow(new Date('2027-02-01T10:00:00Z'));
    expect(await flagsOf(client.id)).not.toContain('retest_due');
  });
});

describe('client records carry the assessments', () => {
  it('export (version 4) → import keeps every assessment, and the plan reads them again', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'), { level: 'walking' });
    await addAssessment(client.id, '2026-11-20', POSTNATAL_LEAKING, 'Leaking on jogging');
    await addAssessment(client.id, '2026-11-27', POSTNATAL_PASSED);
    const file = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: client.id });
    const record = JSON.parse(file.json) as { version: number; assessments: unknown[] };
    expect(record.version).toBe(4);
    expect(record.assessments).toEqual([
      {
        date: '2026-11-20',
        by: BY,
        results: POSTNATAL_LEAKING,
        note: 'Leaking on jogging',
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z',
      },
      {
        date: '2026-11-27',
        by: BY,
        results: POSTNATAL_PASSED,
        createdAt: '2026-11-27T10:00:00.000Z',
        updatedAt: '2026-11-27T10:00:00.000Z',
      },
    ]);
    const imported = await call<Client>(backend, 'clients.importRecord', { json: file.json });
    const list = await call<StoredAssessment[]>(backend, 'assessments.list', { clientId: imported.id });
    expect(list.map(({ date, by, note, results }) => ({ date, by, note, results }))).toEqual([
      { date: '2026-11-27', by: BY, note: '', results: POSTNATAL_PASSED },
      { date: '2026-11-20', by: BY, note: 'Leaking on jogging', results: POSTNATAL_LEAKING },
    ]);
    const original = await derivedProgramme(backend, client.id);
    const copy = await derivedProgramme(backend, imported.id);
    expect(criterionOf(copy, 'postnatal_jog').assessment).toEqual(
      criterionOf(original, 'postnatal_jog').assessment,
    );
    const again = JSON.parse(
      (await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: imported.id })).json,
    ) as { assessments: unknown[] };
    expect(again.assessments).toEqual(record.assessments);
  });

  it('refuses a record whose assessment does not fit the test catalogue, at its path, writing nothing', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'));
    await addAssessment(client.id, '2026-11-20', POSTNATAL_PASSED);
    const file = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: client.id });
    const record = JSON.parse(file.json) as { assessments: { results: TestResult[] }[] };
    record.assessments[0]!.results[1] = { test: 'postnatal_walk_30', value: 3 } as TestResult;
    const clients = await countRows(backend, 'client');
    const error = await callError(backend, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues)).toContain('json.assessments.0.results.1.value');
    expect(await countRows(backend, 'client')).toBe(clients);
    expect(await countRows(backend, 'assessment')).toBe(1);
  });

  it('still imports a version 3 record (no assessments)', async () => {
    const client = await plannableClient('Anna Keller', {
      type: 'achilles_tendinopathy',
      side: 'left',
      onsetDate: '2026-09-01',
      weeksWithoutRunning: 6,
      severity: 'moderate',
    });
    const file = await call<ClientRecordFile>(backend, 'clients.exportRecord', { clientId: client.id });
    const v3 = JSON.parse(file.json) as Record<string, unknown>;
    expect(v3.assessments).toEqual([]);
    v3.version = 3;
    delete v3.assessments;
    const imported = await call<Client>(backend, 'clients.importRecord', { json: JSON.stringify(v3) });
    expect(await call(backend, 'assessments.list', { clientId: imported.id })).toEqual([]);
    await derivedProgramme(backend, imported.id);
  });

  it('erasing the client removes the assessments', async () => {
    const client = await plannableClient('Clara Nowak', postnatal('2026-08-01'));
    const kept = await plannableClient('Other Client', postnatal('2026-08-01'));
    await addAssessment(client.id, '2026-11-20', POSTNATAL_PASSED);
    await addAssessment(client.id, '2026-11-27', POSTNATAL_LEAKING);
    await addAssessment(kept.id, '2026-11-27', POSTNATAL_PASSED);
    await call(backend, 'clients.erase', { clientId: client.id, confirmName: 'Clara Nowak' });
    expect(await countRows(backend, 'assessment')).toBe(1);
    const erase = (await call<AuditEntry[]>(backend, 'audit.list', {})).find(
      (e) => e.action === 'client.erase',
    );
    expect(erase?.details.assessments).toBe(2);
  });
});
