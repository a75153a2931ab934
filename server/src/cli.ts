import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { collectInputs, formatOfPath, readDraft } from './cli/files';
import { defaultJobs, runChecks, serveAsWorker, type CheckFormat, type CheckTask } from './cli/parallel';
import { namesJson, namesMarkdown, quotesJson, quotesMarkdown } from './cli/ledger';
import { analyse } from './engine/analyse';
import { HOUSE_STYLE_FILE, parseHouseStyle, resolveOptions, type HouseStyle } from './engine/config';
import { reportHtml, reportMarkdown } from './engine/report';
import { randomBytes } from 'node:crypto';

const VERSION = '0.1.0';

const USAGE = `Usage:
  copydesk check [--format text|json|sarif] [--config FILE] [--jobs N] PATH...
  copydesk quotes [--format md|json] [--config FILE] FILE
  copydesk names [--format md|json] [--config FILE] FILE
  copydesk report [--format md|html] [--config FILE] FILE

PATH is a draft or a folder (.md and .markdown are read as Markdown; .txt, .draft and other files as plain text).
The house style is --config FILE, or else the nearest ${HOUSE_STYLE_FILE} above each draft.
--jobs N checks up to N files at once on worker threads (default: one per core; 1 checks them one by one).
Exit status: 0 no error-severity finding; 1 at least one; 2 usage error, unreadable input or invalid configuration.`;

class UsageError extends Error {}

interface Args {
  command: string;
  format: string | undefined;
  config: string | undefined;
  jobs: number | undefined;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command === '--version') return { command, format: undefined, config: undefined, jobs: undefined, paths: [] };
  const args: Args = { command, format: undefined, config: undefined, jobs: undefined, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) args.format = value();
    else if (a === '--config' || a.startsWith('--config=')) args.config = value();
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = value();
      if (!/^[1-9]\d{0,3}$/.test(v)) throw new UsageError(`--jobs needs a whole number from 1 to 9999, not "${v}"`);
      args.jobs = Number(v);
    } else if (a === '--') {
      args.paths.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new UsageError(`${command} needs at least one path`);
  return args;
}

interface StyleSource {
  style: HouseStyle | null;
  /** The folder that `overrides` globs are relative to. */
  root: string | null;
  error?: string;
}

/** Finds and validates the house style for each draft; each folder is looked up once. */
class StyleFinder {
  private readonly byDir = new Map<string, Promise<StyleSource>>();
  constructor(private readonly explicit: StyleSource | null) {}

  forFile(file: string): Promise<StyleSource> {
    if (this.explicit) return Promise.resolve(this.explicit);
    return this.forDir(path.dirname(path.resolve(file)));
  }

  private forDir(dir: string): Promise<StyleSource> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = (async () => {
        const candidate = path.join(dir, HOUSE_STYLE_FILE);
        try {
          await fs.access(candidate);
          return loadStyle(candidate);
        } catch {
          const parent = path.dirname(dir);
          return parent === dir ? { style: null, root: null } : this.forDir(parent);
        }
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }
}

async function loadStyle(file: string): Promise<StyleSource> {
  const read = await readDraft(file);
  if ('error' in read) return { style: null, root: null, error: `${file}: ${read.error}` };
  const parsed = parseHouseStyle(read.text);
  if (!parsed.style) {
    const p = parsed.problems[0];
    const where = p.path ? ` (at ${p.path})` : '';
    return { style: null, root: null, error: `invalid house style ${file}${where}: ${p.message}` };
  }
  return { style: parsed.style, root: path.dirname(path.resolve(file)) };
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    const message = (error as Error).message;
    (message ? process.stderr : process.stdout).write(`${message ? `copydesk: ${message}\n\n` : ''}${USAGE}\n`);
    return message ? 2 : 0;
  }
  if (args.command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const formats: Record<string, string[]> = {
    check: ['text', 'json', 'sarif'],
    quotes: ['md', 'json'],
    names: ['md', 'json'],
    report: ['md', 'html'],
  };
  const allowed = formats[args.command];
  if (!allowed) return usage(`unknown command "${args.command}"`);
  const format = args.format ?? allowed[0];
  if (!allowed.includes(format)) return usage(`${args.command} --format must be one of ${allowed.join(', ')}`);

  let explicit: StyleSource | null = null;
  if (args.config) {
    explicit = await loadStyle(args.config);
    if (explicit.error) {
      process.stderr.write(`copydesk: ${explicit.error}\n`);
      return 2;
    }
  }
  const styles = new StyleFinder(explicit);

  if (args.command === 'check') return check(args.paths, format as CheckFormat, styles, args.jobs ?? defaultJobs());
  if (args.paths.length !== 1) return usage(`${args.command} takes exactly one file`);
  return ledger(args.command, args.paths[0], format, styles);
}

function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The task for one input: the options from its house style, or why it cannot be checked. */
async function taskFor(index: number, input: { path: string; error?: string }, styles: StyleFinder): Promise<CheckTask> {
  if (input.error !== undefined) return { index, path: input.path, error: input.error };
  const source = await styles.forFile(input.path);
  if (source.error) return { index, path: input.path, styleError: source.error };
  const relative = source.root ? path.relative(source.root, path.resolve(input.path)) : undefined;
  const { options } = resolveOptions(formatOfPath(input.path), {}, source.style, relative);
  return { index, path: input.path, options };
}

async function check(paths: string[], format: CheckFormat, styles: StyleFinder, jobs: number): Promise<number> {
  const inputs = await collectInputs(paths);
  return runChecks(
    inputs,
    (i, input) => taskFor(i, input, styles),
    format,
    jobs,
    VERSION,
    (chunk) => process.stdout.write(chunk),
  );
}

async function ledger(command: string, file: string, format: string, styles: StyleFinder): Promise<number> {
  const read = await readDraft(file);
  if ('error' in read) {
    process.stderr.write(`copydesk: ${file}: ${read.error}\n`);
    return 2;
  }
  const source = await styles.forFile(file);
  if (source.error) {
    process.stderr.write(`copydesk: ${source.error}\n`);
    return 2;
  }
  const { options } = resolveOptions(formatOfPath(file), {}, source.style);
  const analysis = analyse(read.text, options);
  let out: string;
  if (command === 'quotes')
    out = format === 'json' ? JSON.stringify(quotesJson(file, read.text, analysis), null, 2) : quotesMarkdown(file, read.text, analysis);
  else if (command === 'names')
    out = format === 'json' ? JSON.stringify(namesJson(file, read.text, analysis), null, 2) : namesMarkdown(file, read.text, analysis);
  else if (format === 'html') {
    out = reportHtml(path.basename(file), read.text, analysis, {
      nonce: randomBytes(12).toString('base64'),
      sentenceLimit: options.style.sentenceLength.maxWords,
    });
  } else out = reportMarkdown(path.basename(file), read.text, analysis);
  process.stdout.write(`${out}\n`);
  return 0;
}

if (!serveAsWorker()) runMain();

function runMain(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
