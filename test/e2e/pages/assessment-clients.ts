import type { Page } from '@playwright/test';
import { api } from './api';

/** A local calendar date `offset` days from today (YYYY-MM-DD), as the app's date fields take it. */
export const day = (offset: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/**
 * A client after ACL reconstruction 13 months ago, fully cleared 3 days ago, with a 10k goal over
 * four days a week: the plan has strides and hills once the hop tests allow them (checked against
 * the engine). Knee criteria pass; the hop tests are at `hopLsi`% on the operated (right) side.
 */
export async function aclClient(page: Page, name: string, hopLsi: number): Promise<number> {
  const { id } = (await api(page, 'clients.create', { name, sex: 'male' })) as { id: number };
  await api(page, 'injuries.create', {
    clientId: id,
    type: 'acl_reconstruction',
    side: 'right',
    onsetDate: day(-420),
    surgeryDate: day(-392),
    weeksWithoutRunning: 10,
    severity: 'moderate',
  });
  await api(page, 'clearances.set', { clientId: id, level: 'full', date: day(-3), by: 'S. Physio' });
  await api(page, 'intake.save', {
    clientId: id,
    experience: 'regular',
    painFreeWalkMinutes: 90,
    longestRecentRunMinutes: 40,
    preInjuryWeeklyRunMinutes: 180,
    days: ['tue', 'thu', 'sat', 'sun'],
    maxSessionMinutes: 75,
    crossTraining: ['bike'],
    goalKind: '10k',
    startDate: day(0),
  });
  const hop = (left: number) => Math.round((left * hopLsi) / 100);
  await api(page, 'assessments.add', {
    clientId: id,
    assessment: {
      date: day(-3),
      by: 'S. Physio',
      results: [
        { test: 'knee_extension_deficit', value: 0 },
        { test: 'knee_flexion_percent', value: 100 },
        { test: 'knee_effusion', value: 0 },
        { test: 'quadriceps_strength', left: 300, right: 270 },
        { test: 'hamstring_strength', left: 150, right: 140 },
        { test: 'single_hop', left: 150, right: hop(150), pain: 0 },
        { test: 'triple_hop', left: 450, right: hop(450), pain: 0 },
        { test: 'crossover_hop', left: 400, right: hop(400), pain: 0 },
      ],
    },
  });
  return id;
}
