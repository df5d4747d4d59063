import { requireClient } from '../client-guard';
import { localDate } from '../clock';
import { notFound } from '../errors';
import type { HandlerMap } from '../handler';
import { loadClientCaseloadRow, loadDashboard } from './dashboard.service';

export const dashboardHandlers = {
  'dashboard.get': async (context, request) => loadDashboard(context.db, localDate(context.clock()), request),

  'caseload.get': async (context, { clientId }) => {
    await requireClient(context.db, clientId);
    const row = await loadClientCaseloadRow(context.db, localDate(context.clock()), clientId);
    if (!row) throw notFound('That client');
    return row;
  },
} satisfies Partial<HandlerMap>;
