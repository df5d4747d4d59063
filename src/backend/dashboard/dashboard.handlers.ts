import { localDate } from '../clock';
import type { HandlerMap } from '../handler';
import { loadDashboard } from './dashboard.service';

export const dashboardHandlers = {
  'dashboard.get': async (context, request) => loadDashboard(context.db, localDate(context.clock()), request),
} satisfies Partial<HandlerMap>;
