import { localDate } from '../clock';
import type { HandlerMap } from '../handler';
import { buildDashboard, caseloadEntries } from './dashboard.service';

export const dashboardHandlers = {
  'dashboard.get': async (context, { filter, query }) => {
    const today = localDate(context.clock());
    const entries = await caseloadEntries(context.db, { kind: 'active' }, today, query !== '');
    return buildDashboard(entries, today, filter, query);
  },
} satisfies Partial<HandlerMap>;
