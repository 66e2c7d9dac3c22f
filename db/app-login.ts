/**
 * On a Postgres server the app does not run as the owner of the schema (DATABASE_URL, used by
 * migrations) but as the login role `footprint_login`: no superuser, no BYPASSRLS, owns nothing,
 * member of `footprint_app` only. The migration creates it (or updates its password) with the
 * password from DATABASE_APP_PASSWORD; the app connects with the same host and database as
 * DATABASE_URL but as that role (or to DATABASE_APP_URL when set, e.g. through a pooler). Before it
 * serves anything, the app checks that its role cannot bypass row-level security.
 * See docs/decisions/0008-app-login-role.md.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const APP_LOGIN_ROLE = 'footprint_login';
type Env = Record<string, string | undefined>;

/**
 * DATABASE_APP_PASSWORD, or for local runs (not production) a random one generated once into
 * .data/db-app-password, so `npm run db:migrate && npm start` works with nothing but DATABASE_URL.
 */
export function appLoginPassword(env: Env = process.env): string {
  if (env.DATABASE_APP_PASSWORD) return env.DATABASE_APP_PASSWORD;
  const file = path.join(process.cwd(), '.data', 'db-app-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'DATABASE_APP_PASSWORD is not set. Set it (e.g. `openssl rand -base64 24`) for `npm run db:migrate` and for the app: the migration gives the login role footprint_login that password, and the app connects as footprint_login.',
    );
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** The URL the app connects with: DATABASE_APP_URL, or DATABASE_URL with the login role's name and password. */
export function appLoginUrl(ownerUrl: string, env: Env = process.env): string {
  if (env.DATABASE_APP_URL) return env.DATABASE_APP_URL;
  const url = new URL(ownerUrl);
  url.username = APP_LOGIN_ROLE;
  url.password = encodeURIComponent(appLoginPassword(env));
  return url.toString();
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Run by the migration, as the owner: the login role exists, can log in with `password`, and is a
 * member of footprint_app (and of nothing else this creates). A new role gets Postgres's defaults:
 * NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE INHERIT.
 */
export function loginRoleSql(password: string): string {
  return `
do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${APP_LOGIN_ROLE}') then
    create role ${APP_LOGIN_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole inherit;
  end if;
end
$$;
alter role ${APP_LOGIN_ROLE} with login password ${literal(password)};
grant footprint_app to ${APP_LOGIN_ROLE};
`;
}

export interface RolePrivileges {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Reaches (is, or may SET ROLE to) a superuser or BYPASSRLS role. */
  reachesPrivileged: string[];
  /** Owns (or may SET ROLE to an owner of) tables and views, which it could ALTER past RLS. */
  ownsTables: number;
}

/** The catalog query behind assertCannotBypassRls, run on the app's own connection. */
export const ROLE_PRIVILEGES_SQL = `
select session_user::text as role, r.rolsuper as superuser, r.rolbypassrls as bypass_rls,
  coalesce((select array_agg(s.rolname::text order by s.rolname) from pg_roles s
            where s.rolname <> session_user and (s.rolsuper or s.rolbypassrls) and pg_has_role(session_user, s.oid, 'MEMBER')), '{}') as reaches_privileged,
  (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
      and pg_has_role(session_user, c.relowner, 'MEMBER')) as owns_tables
from pg_roles r where r.rolname = session_user`;

/** Throws, with what to do, when the app's connection could leave row-level security behind. */
export function assertCannotBypassRls(p: RolePrivileges): void {
  const problems: string[] = [];
  if (p.superuser) problems.push('is a superuser');
  if (p.bypassRls) problems.push('has BYPASSRLS');
  if (p.reachesPrivileged.length) problems.push(`can SET ROLE to ${p.reachesPrivileged.join(', ')} (superuser or BYPASSRLS)`);
  if (p.ownsTables > 0) problems.push(`owns ${p.ownsTables} tables or views (or can SET ROLE to their owner)`);
  if (problems.length === 0) return;
  throw new Error(
    `Refusing to start: the app's database role "${p.role}" ${problems.join(', ')}, so it could read every tenant past row-level security. ` +
      `Run \`npm run db:migrate\` with DATABASE_URL set to the schema owner: it creates the login role ${APP_LOGIN_ROLE} (password from DATABASE_APP_PASSWORD) and the app then connects as it. ` +
      `If DATABASE_APP_URL is set, it must name ${APP_LOGIN_ROLE} (or another role that is no superuser, has no BYPASSRLS, owns nothing and is a member of footprint_app only).`,
  );
}
