/**
 * `npm run test:dates`: the suites that seed the demo, rerun with the demo's "today" set to awkward days
 * and the process in another time zone, so no test passes only in some months (DESIGN.md §8). Two runs
 * at a time (the machines have two cores). Extra arguments replace the default list of test files.
 */
import { spawn } from 'node:child_process';

const DAYS = [
  { day: '2026-12-31', why: 'end of December: two Decembers in the history, one of a single day' },
  { day: '2027-02-28', why: '28 February: the history starts on 28 February of the year before' },
  { day: '2028-02-29', why: '29 February' },
  { day: '2027-03-14', why: 'the spring DST change in America/Chicago (the history also holds an autumn one)' },
];
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC'];
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['tests/integration/seed.test.ts', 'tests/integration/orders-kpi.test.ts'];

function run({ day, why }, index) {
  const tz = ZONES[index % ZONES.length];
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['vitest', 'run', '--project', 'integration', ...files], {
      env: { ...process.env, FOOTPRINT_SEED_TODAY: day, TZ: tz },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`[test:dates] ${day} (${why}; TZ=${tz}): ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
      if (code !== 0) console.log(out);
      resolve(code === 0);
    });
  });
}

const results = [];
for (let i = 0; i < DAYS.length; i += 2) {
  results.push(...(await Promise.all(DAYS.slice(i, i + 2).map((d, j) => run(d, i + j)))));
}
process.exit(results.every(Boolean) ? 0 : 1);
