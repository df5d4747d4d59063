import type { Client } from '../../src/contract/clients';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { Injury } from '../../src/contract/injuries';
import { call, type TestBackend } from '../fixtures/backend';

/** Builders for a client's records; the fixed test clock's today is 2026-11-27. */
export async function createClient(
  backend: TestBackend,
  name = 'Anna Keller',
  extra: object = {},
): Promise<Client> {
  return call<Client>(backend, 'clients.create', { name, birthDate: '1988-04-02', sex: 'female', ...extra });
}

export const achilles = {
  type: 'achilles_tendinopathy',
  side: 'left',
  onsetDate: '2026-09-01',
  weeksWithoutRunning: 6,
  severity: 'moderate',
};

export async function createInjury(
  backend: TestBackend,
  clientId: number,
  fields: object = achilles,
): Promise<Injury> {
  return call<Injury>(backend, 'injuries.create', { clientId, ...fields });
}

export function clearanceInput(clientId: number, extra: object = {}): Record<string, unknown> {
  return {
    clientId,
    level: 'walk_run',
    date: '2026-11-20',
    by: 'J. Physio',
    reviewDate: '2026-12-18',
    ...extra,
  };
}

export function intakeInput(clientId: number, extra: object = {}): Record<string, unknown> {
  return {
    clientId,
    experience: 'regular',
    painFreeWalkMinutes: 30,
    longestRecentRunMinutes: 0,
    preInjuryWeeklyRunMinutes: 180,
    days: ['mon', 'wed', 'fri', 'sun'],
    maxSessionMinutes: 60,
    crossTraining: ['bike', 'swim'],
    preferredTime: '07:30',
    goalKind: '10k',
    goalDate: '2027-05-02',
    startDate: '2026-11-16',
    ...extra,
  };
}

/** A client with an active injury, a note, a walk-run clearance and an intake: ready to generate. */
export async function createPlannableClient(
  backend: TestBackend,
  name = 'Anna Keller',
): Promise<{ client: Client; injury: Injury }> {
  const client = await createClient(backend, name);
  const injury = await createInjury(backend, client.id);
  await call(backend, 'notes.add', {
    injuryId: injury.id,
    date: '2026-11-20',
    author: 'J. Physio',
    text: 'Avoid hills for 4 weeks',
    restrictions: [{ code: 'no_hills', until: '2026-12-18' }],
  });
  await call(backend, 'clearances.set', clearanceInput(client.id));
  await call(backend, 'intake.save', intakeInput(client.id));
  return { client, injury };
}

/** What programmes.current answers. */
export interface CurrentProgramme {
  derived: DerivedProgrammeDto | null;
  notPlannable: string | null;
}

/** The client's programme as derived now; fails the test when the records make no plan. */
export async function derivedProgramme(backend: TestBackend, clientId: number): Promise<DerivedProgrammeDto> {
  const current = await call<CurrentProgramme>(backend, 'programmes.current', { clientId });
  if (!current.derived) throw new Error(`No plan: ${current.notPlannable}`);
  return current.derived;
}
