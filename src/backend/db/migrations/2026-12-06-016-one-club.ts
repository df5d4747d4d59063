import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.

/** The search text as the app wrote it when this migration was made: lower-cased, one part a line. */
function searchText(parts: ReadonlyArray<string | null>): string {
  return parts
    .filter((part) => part !== null)
    .join('\n')
    .toLowerCase();
}

interface ClientWithClub {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  group_name: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  // Issue 13, item 4: a client's club is a group they belong to. The free-text club field of each
  // client joins the group of that name (regardless of case and surrounding spaces) or a new club,
  // and is spelled as the group spells it. Different spellings ("Riverside", "Riverside Harriers")
  // stay different clubs: which are the same is the clinic's call (rename or delete one on Groups).
  const now = new Date().toISOString();
  const clients = (await db
    .selectFrom('client')
    .select(['id', 'name', 'email', 'phone', 'group_name'])
    .where('group_name', 'is not', null)
    .orderBy('id')
    .execute()) as ClientWithClub[];
  for (const client of clients) {
    const name = client.group_name.replace(/\s+/g, ' ').trim();
    let club: string | null = null;
    if (name !== '') {
      let group = (await db
        .selectFrom('client_group')
        .select(['id', 'name'])
        .where(sql<boolean>`lower(name) = lower(${name})`)
        .executeTakeFirst()) as { id: number; name: string } | undefined;
      if (!group) {
        group = (await db
          .insertInto('client_group')
          .values({ name, kind: 'club', created_at: now, updated_at: now })
          .returning(['id', 'name'])
          .executeTakeFirstOrThrow()) as { id: number; name: string };
      }
      const member = await db
        .selectFrom('group_member')
        .select('client_id')
        .where('group_id', '=', group.id)
        .where('client_id', '=', client.id)
        .executeTakeFirst();
      if (!member) {
        await db
          .insertInto('group_member')
          .values({ group_id: group.id, client_id: client.id, created_at: now })
          .execute();
      }
      club = group.name;
    }
    if (club !== client.group_name) {
      await db
        .updateTable('client')
        .set({
          group_name: club,
          search_text: searchText([client.name, client.email, client.phone, club]),
        })
        .where('id', '=', client.id)
        .execute();
    }
  }
  // A client search that names an injury ("achilles") reads the clients with that injury type
  // from this index instead of every injury.
  await db.schema.createIndex('injury_type_client_idx').on('injury').columns(['type', 'client_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('injury_type_client_idx').execute();
}
