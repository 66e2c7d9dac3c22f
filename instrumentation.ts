/**
 * Start-up checks, before the server answers anything: APP_ORIGIN is set in production, and on a
 * Postgres server the app's database role cannot bypass row-level security (db/app-login.ts). A
 * failed check stops the process with a message that says how to fix it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  try {
    const { appOrigin } = await import('./server/auth/app-origin');
    appOrigin();
    if (process.env.DATABASE_URL) {
      const { getDatabase } = await import('./db/instance');
      await getDatabase();
    }
  } catch (error) {
    console.error(`[footprint] ${(error as Error).message}`);
    process.exit(1);
  }
}
