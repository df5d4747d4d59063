import { z } from 'zod';
import { calendarDate } from './dates';
import { multiLineProblem, optionalTextWith, singleLineProblem, singleLineText } from './fields';

export const sexes = ['female', 'male', 'other', 'unspecified'] as const;

/** The editable fields of a client, as a form sends them. Empty optional fields become null. */
export const clientFieldsSchema = z.object({
  name: singleLineText('Name', 120),
  birthDate: z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    calendarDate.nullable(),
  ),
  sex: z.enum(sexes, { error: 'Choose female, male, other or unspecified' }).default('unspecified'),
  email: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(z.email({ error: 'Enter a valid email address, e.g. name@example.com' }).max(200).nullable())
    .nullable()
    .default(null),
  phone: optionalTextWith('Phone', 40, singleLineProblem),
  notes: optionalTextWith('Notes', 5000, multiLineProblem),
  group: optionalTextWith('Group', 80, singleLineProblem),
});

export type ClientFields = z.input<typeof clientFieldsSchema>;

export const clientIdSchema = z.number({ error: 'A client id is required' }).int().positive();

export const clientSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  group: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Client = z.infer<typeof clientSchema>;

export const clientListInputSchema = z.object({
  query: z.string().trim().max(120).default(''),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export const clientListOutputSchema = z.object({
  items: z.array(clientSchema),
  total: z.number().int(),
});

export type ClientList = z.infer<typeof clientListOutputSchema>;

export const clientsChannels = {
  'clients.list': { input: clientListInputSchema, output: clientListOutputSchema },
  'clients.get': { input: z.object({ id: clientIdSchema }), output: clientSchema },
  'clients.create': { input: clientFieldsSchema, output: clientSchema },
  'clients.update': {
    input: clientFieldsSchema.extend({ id: clientIdSchema }),
    output: clientSchema,
  },
  'clients.archive': {
    input: z.object({ id: clientIdSchema, archived: z.boolean().default(true) }),
    output: clientSchema,
  },
} as const;
