import type { Page } from '@playwright/test';
import { api } from './api';
import { day } from './assessment-clients';

/**
 * A client with a left Achilles tendinopathy (6 weeks without running), cleared for walk-run
 * `clearedDaysAgo` days ago, with an intake of every day a week starting `startDaysAgo` days ago:
 * a plan of walk-run sessions, some of them in the past. The clinician is "J. Physio" in English.
 */
export async function walkRunClient(
  page: Page,
  name: string,
  { clearedDaysAgo, startDaysAgo }: { clearedDaysAgo: number; startDaysAgo: number },
): Promise<number> {
  await api(page, 'settings.save', { language: 'en', clinician: 'J. Physio' });
  const { id } = (await api(page, 'clients.create', { name, sex: 'male' })) as { id: number };
  await api(page, 'injuries.create', {
    clientId: id,
    type: 'achilles_tendinopathy',
    side: 'left',
    onsetDate: day(-70),
    weeksWithoutRunning: 6,
    severity: 'moderate',
  });
  await api(page, 'clearances.set', {
    clientId: id,
    level: 'walk_run',
    date: day(-clearedDaysAgo),
    by: 'J. Physio',
  });
  await api(page, 'intake.save', {
    clientId: id,
    experience: 'regular',
    painFreeWalkMinutes: 30,
    longestRecentRunMinutes: 0,
    preInjuryWeeklyRunMinutes: 120,
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    maxSessionMinutes: 60,
    crossTraining: ['bike'],
    goalKind: 'run_30min',
    startDate: day(-startDaysAgo),
  });
  return id;
}
