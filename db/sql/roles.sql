-- The role the app runs as: no login, no superuser, no BYPASSRLS, owns nothing.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'footprint_app') then
    create role footprint_app nologin nosuperuser nobypassrls noinherit;
  end if;
  -- A non-superuser owner must be a member to SET ROLE / connect with role=footprint_app.
  if not (select rolsuper from pg_roles where rolname = current_user)
     and not pg_has_role(current_user, 'footprint_app', 'MEMBER') then
    execute format('grant footprint_app to %I', current_user);
  end if;
end
$$;
