/**
 * Benchmark entry point: `npm run bench -- <name>` runs tests/bench/<name>.ts, whose default export is an
 * async function that prints its figures and returns the key/value pairs of its closing `BENCH` line.
 * With no name, every benchmark runs in turn.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

type Bench = (args: string[]) => Promise<Record<string, string | number>>;

const dir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

function formatValue(v: string | number): string {
  if (typeof v === 'string') return v;
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}

async function runOne(name: string, args: string[]): Promise<void> {
  const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as { default: Bench };
  const figures = await mod.default(args);
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(' ');
  console.log(`BENCH ${name} ${line}`);
}

const [name, ...rest] = process.argv.slice(2);
if (name && !available.includes(name)) {
  console.error(`Unknown benchmark "${name}". Available: ${available.join(', ') || '(none)'}`);
  process.exit(2);
}
for (const n of name ? [name] : available) await runOne(n, rest);
