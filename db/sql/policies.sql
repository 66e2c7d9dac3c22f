-- Applied after every migration run; idempotent. Every table with a tenant_id column is a tenant
-- table: row-level security enabled and FORCED, one policy on app.tenant_id (using and with check).
do $$
declare
  t record;
begin
  for t in
    select c.relname
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind = 'r'
  loop
    execute format('alter table %I enable row level security', t.relname);
    execute format('alter table %I force row level security', t.relname);
    execute format('drop policy if exists tenant_isolation on %I', t.relname);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
      t.relname);
  end loop;
end
$$;

grant usage on schema public to footprint_app;
grant select, insert, update, delete on all tables in schema public to footprint_app;
grant usage, select on all sequences in schema public to footprint_app;
-- Ledgers are append-only for the app.
do $$
begin
  if to_regclass('public.stock_movements') is not null then
    revoke update, delete on stock_movements from footprint_app;
  end if;
  if to_regclass('public.audit_log') is not null then
    revoke update, delete on audit_log from footprint_app;
  end if;
end
$$;
