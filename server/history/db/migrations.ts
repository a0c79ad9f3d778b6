/**
 * The history database's schema, one numbered step at a time. A step is never edited once
 * released: a change is a new step. Plain SQL that PostgreSQL 15+ and PGlite both run.
 */
export type Migration = { version: number; name: string; up: string }

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'activity',
    up: `
      CREATE TABLE activity (
        id            bigserial PRIMARY KEY,
        workflow_id   text,
        at            timestamptz NOT NULL,
        actor_kind    text NOT NULL CHECK (actor_kind IN ('person', 'anonymous', 'outside')),
        actor_email   text,
        actor_name    text,
        action        text NOT NULL,
        summary       text NOT NULL,
        outcome       text NOT NULL CHECK (outcome IN ('accepted', 'refused', 'failed')),
        api_status    integer,
        api_message   text,
        request_id    text,
        details       jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      CREATE INDEX activity_by_workflow ON activity (workflow_id, id DESC);
      CREATE INDEX activity_by_time ON activity (at);
    `,
  },
  {
    version: 2,
    name: 'graph versions',
    up: `
      CREATE TABLE graph_version (
        id            bigserial PRIMARY KEY,
        workflow_id   text NOT NULL,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        kind          text NOT NULL CHECK (kind IN ('first-seen', 'edit', 'activation', 'named', 'outside', 'restore')),
        name          text,
        actor_email   text,
        actor_name    text,
        graph         jsonb NOT NULL,
        graph_hash    text NOT NULL,
        step_count    integer NOT NULL,
        connection_count integer NOT NULL
      );
      CREATE INDEX graph_version_by_workflow ON graph_version (workflow_id, id DESC);
      ALTER TABLE activity ADD COLUMN version_id bigint REFERENCES graph_version (id) ON DELETE SET NULL;
      CREATE INDEX activity_by_person ON activity ((coalesce(actor_email, actor_name)), id DESC);
    `,
  },
  {
    version: 3,
    name: 'drafts of live workflows',
    up: `
      CREATE TABLE draft (
        workflow_id   text PRIMARY KEY,
        author_email  text,
        author_name   text,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        base_graph    jsonb NOT NULL,
        graph         jsonb NOT NULL,
        revision      integer NOT NULL DEFAULT 1
      );
    `,
  },
]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
