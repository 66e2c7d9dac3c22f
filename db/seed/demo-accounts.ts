/** The demo logins the seed creates; the sign-in page lists them. Demo data only: never in production. */
export const DEMO_PASSWORD = 'footprint-demo';

export const DEMO_ACCOUNTS = [
  { email: 'owner@northwind.example', name: 'Olivia Owner', description: 'Owner of Northwind Electronics (importer)' },
  { email: 'planner@northwind.example', name: 'Pablo Planner', description: 'Planner at Northwind Electronics' },
  { email: 'viewer@northwind.example', name: 'Vera Viewer', description: 'Viewer at Northwind Electronics' },
  { email: 'am@bluewave3pl.example', name: 'Alex Account-Manager', description: 'Account manager at BlueWave 3PL (granted access to Northwind)' },
] as const;

export const DEMO_IMPORTER = { slug: 'northwind', name: 'Northwind Electronics', currency: 'USD', timezone: 'America/Chicago' } as const;
export const DEMO_PROVIDER = { slug: 'bluewave-3pl', name: 'BlueWave 3PL', currency: 'USD', timezone: 'America/New_York' } as const;
