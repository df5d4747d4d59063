import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A trigram index over client.search_text (lower-cased name, email, phone and group field), so a
  // search of three or more characters finds its clients in the index instead of testing every
  // client's text with LIKE '%…%' (a hundred thousand clients took longer than a screen may wait).
  // External content: the index keeps no copy of the text, only trigrams and rowids (= client.id).
  // SQLite's FTS5 (3.34+ for the trigram tokenizer); PostgreSQL's counterpart is a pg_trgm GIN
  // index on client.search_text.
  await sql`create virtual table client_search using fts5(
    search_text, content='client', content_rowid='id', tokenize='trigram')`.execute(db);
  // Deleting a client removes its trigrams from the index at once instead of marking them deleted
  // until the next merge: an erased client's data must not stay readable in the file.
  await sql`insert into client_search (client_search, rank) values ('secure-delete', 1)`.execute(db);
  // Kept in step with the client table by triggers, so every write path (handlers, imports,
  // erasure, restores of newer backups) keeps it without knowing about it.
  await sql`create trigger client_search_insert after insert on client begin
    insert into client_search (rowid, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`create trigger client_search_delete after delete on client begin
    insert into client_search (client_search, rowid, search_text) values ('delete', old.id, old.search_text);
  end`.execute(db);
  await sql`create trigger client_search_update after update of search_text on client begin
    insert into client_search (client_search, rowid, search_text) values ('delete', old.id, old.search_text);
    insert into client_search (rowid, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`insert into client_search (client_search) values ('rebuild')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger client_search_update`.execute(db);
  await sql`drop trigger client_search_delete`.execute(db);
  await sql`drop trigger client_search_insert`.execute(db);
  await sql`drop table client_search`.execute(db);
}
