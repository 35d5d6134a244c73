// `npm run --silent inspect -- page <file> [--url <profile URL>] [--lang <tag>]` and `… counts <file.json>`:
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
  'usage: inspect page <file.html|file.json> [--url <profile URL>] [--lang <tag>] | inspect counts <file.json>';

function fail(message: string): never {
  process.stderr.write(`inspect: ${message}\n`);
  process.exit(2);
}

function options(args: string[]): { file: string; url?: string; lang?: string } {
  let file: string | undefined;
  const out: { url?: string; lang?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--url' || arg === '--lang') {
      const value = args[++i];
      if (!value) fail(`${arg} needs a value`);
      out[arg === '--url' ? 'url' : 'lang'] = value;
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
  const { file, url, lang } = options(rest);
  const read = pageCommand({ text: readText(file), fileName: basename(file), url, lang });
  const insight = read.snapshot ? scoreProfile(read.snapshot, { lang: 'en' }) : null;
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
