-- Applied after every migration run, once the job queue is installed (db/job-queue.ts); idempotent.
-- pg-boss's schema belongs to the owner; the app role (which owns nothing) uses it: it reads and writes jobs,
-- schedules and queue rows, but cannot create or drop tables (queues are created by the migration).
grant usage on schema pgboss to footprint_app;
grant select, insert, update, delete on all tables in schema pgboss to footprint_app;
