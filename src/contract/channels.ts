import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { clearancesChannels } from './clearances';
import { clientsChannels } from './clients';
import { dashboardChannels } from './dashboard';
import { groupsChannels } from './groups';
import { injuriesChannels } from './injuries';
import { intakeChannels } from './intake';
import { notesChannels } from './notes';
import { programmesChannels } from './programmes';
import { sessionsChannels } from './sessions';
import { adjustmentsChannels } from './adjustments';
import { assessmentsChannels } from './assessments';
import { auditChannels } from './audit';
import { backupsChannels } from './backups';
import { clientDataChannels } from './client-data';
import { exportsChannels } from './exports';
import { printChannels } from './print';
import { settingsChannels } from './settings';

interface ChannelSchemas {
  input: z.ZodType;
  output: z.ZodType;
}

/** The one API: every channel's input and output schema, keyed by `'area.verb'`. */
export const channels = {
  ...clientsChannels,
  ...injuriesChannels,
  ...notesChannels,
  ...clearancesChannels,
  ...intakeChannels,
  ...programmesChannels,
  ...sessionsChannels,
  ...adjustmentsChannels,
  ...assessmentsChannels,
  ...dashboardChannels,
  ...groupsChannels,
  ...settingsChannels,
  ...printChannels,
  ...exportsChannels,
  ...backupsChannels,
  ...clientDataChannels,
  ...auditChannels,
} as const satisfies Record<ChannelName, ChannelSchemas>;

export type Channels = typeof channels;
/** What a caller sends (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (after parsing, defaults applied). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
