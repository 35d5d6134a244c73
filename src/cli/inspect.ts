// `npm run --silent inspect -- page <file> [--url <profile URL>] [--lang <tag>] [--now <ISO date>]` and
// `… counts <file.json>`:
// the extension's own readers and scoring, on saved files, in Node (PRODUCT.md "Command line").
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { useMagnitudeWords } from '../core/parse-count/any-language.ts';
import { MAGNITUDE_WORDS } from '../core/parse-count/magnitude-words.data.ts';
import { scoreProfile } from '../core/scoring/index.ts';
import { countsCommand } from './counts-command.ts';
import { pageCommand } from './page-command.ts';

// As the worker reads: another language's magnitude word is read or refused, never ignored.
useMagnitudeWords(MAGNITUDE_WORDS);

const USAGE =
  'usage: inspect page <file.html|file.json> [--url <profile URL>] [--lang <tag>] [--now <ISO date>] | inspect counts <file.json>';

const VALUE_OPTIONS = { '--url': 'url', '--lang': 'lang', '--now': 'now' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function fail(message: string): never {
  process.stderr.write(`inspect: ${message}\n`);
  process.exit(2);
}

function options(args: string[]): { file: string; url?: string; lang?: string; now?: string } {
  let file: string | undefined;
  const out: { url?: string; lang?: string; now?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg in VALUE_OPTIONS) {
      const value = args[++i];
      if (!value) fail(`${arg} needs a value`);
      out[VALUE_OPTIONS[arg as ValueOption]] = value;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file) fail(`one file at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) fail(USAGE);
  return { file, ...out };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'page') {
  const { file, url, lang, now: nowText } = options(rest);
  // --now: score as on the day the page was saved (its relative dates and the recent-posts window count from it).
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now && !Number.isFinite(now.getTime())) fail(`--now is not a date: ${nowText}`);
  const read = pageCommand({ text: readText(file), fileName: basename(file), url, lang, now });
  const insight = read.snapshot ? scoreProfile(read.snapshot, { lang: 'en', ...(now ? { now } : {}) }) : null;
  const out = { snapshot: read.snapshot, insight, ...(read.error ? { error: read.error } : {}) };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else if (command === 'counts') {
  const { file } = options(rest);
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch {
    fail(`${file} is not JSON`);
  }
  try {
    process.stdout.write(`${JSON.stringify(countsCommand(json))}\n`);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
} else {
  fail(USAGE);
}
