import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { version as VERSION } from '../../package.json';
import { collectInputs, decodeDraft, formatOfPath, isWordFile, readStdin, STDIN_NAME, type Input } from './cli/files';
import { readInput } from './cli/inputs';
import { incompleteNotes, isIncomplete, printable, printableJson } from './cli/formats';
import { namesJson, namesMarkdown, quotesJson, quotesMarkdown } from './cli/ledger';
import { defaultJobs, runChecks, serveAsWorker, type CheckFormat, type BaselineUse, type CheckTask, type Gate } from './cli/parallel';
import { BASELINE_MAX_BYTES, parseBaseline } from './engine/baseline';
import { rulesJson, rulesText } from './cli/rules';
import { SECTION_CHARS } from './cli/sections';
import { analyse } from './engine/analyse';
import { linePlaces, paragraphPlaces } from './engine/formats/places';
import { HOUSE_STYLE_FILE, HOUSE_STYLE_MAX_BYTES, parseHouseStyle, type EngineOptions } from './engine/config';
import { resolveExtends } from './engine/houseStyleExtends';
import { optionsForDraft, StyleFileCache, type StyleFile } from './engine/houseStyleLookup';
import { reportHtml, reportMarkdown } from './engine/report';
import type { TranscriptSource } from './engine/rules/transcripts/mismatch';
import { readRegularFile } from './readFile';
import { readTranscripts } from './transcriptFiles';

const USAGE = `Usage:
  copydesk check [--format text|json|sarif] [--config FILE] [--jobs N] [--stdin-filename NAME]
                 [--fail-on error|warning|info] [--max-warnings N] [--baseline FILE [--update-baseline]] PATH...
  copydesk quotes [--format md|json] [--config FILE] [--stdin-filename NAME] FILE
  copydesk names [--format md|json] [--config FILE] [--stdin-filename NAME] FILE
  copydesk report [--format md|html] [--config FILE] [--stdin-filename NAME] FILE
  copydesk rules [--format text|json]     every rule: id, default severity, summary, documentation

PATH is a draft or a folder: .md and .markdown are read as Markdown, .html and .htm as HTML pages, .docx as Word
files (findings placed by paragraph), .txt, .draft and other files as plain text. A folder gives its drafts of
these kinds. - is standard input, read as the file --stdin-filename names would be (plain text without it).
The house style is --config FILE, or else the nearest ${HOUSE_STYLE_FILE} above each draft (for -, above NAME).
--jobs N checks up to N files at once, on this thread and N - 1 worker threads (default: one per core; 1 checks them one by one).
--baseline FILE leaves out the findings recorded in FILE (by rule, text and paragraph, not by line), so only new
ones are reported; with --update-baseline, every finding of this run is recorded in FILE instead.
Exit status: 0 the findings pass; 1 they fail: a finding at --fail-on's severity or above (default: error), or more
warnings than --max-warnings N; 2 usage error, unreadable input, invalid configuration, a check that failed or a
draft not fully checked (each named on standard error).`;

class UsageError extends Error {}

interface Args {
  command: string;
  format: string | undefined;
  config: string | undefined;
  jobs: number | undefined;
  stdinName: string | undefined;
  gate: Gate;
  baseline: BaselineUse | undefined;
  paths: string[];
}

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        jobs: { type: 'string' },
        'stdin-filename': { type: 'string' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const [command, ...paths] = positionals;
  const gate: Gate = { failOn: 'error' };
  const none = { format: undefined, config: undefined, jobs: undefined, stdinName: undefined, gate, baseline: undefined, paths: [] };
  if (values.version) return { command: '--version', ...none };
  if (values.help || !command || command === 'help') throw new UsageError('');
  for (const name of ['format', 'config', 'jobs', 'stdin-filename', 'fail-on', 'max-warnings', 'baseline'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a value`);
  }
  if (command !== 'check') {
    for (const name of ['fail-on', 'max-warnings', 'jobs', 'baseline', 'update-baseline'] as const)
      if (values[name] !== undefined) throw new UsageError(`--${name} is an option of check only`);
  }
  if (values['fail-on'] !== undefined) {
    if (!['error', 'warning', 'info'].includes(values['fail-on']))
      throw new UsageError(`--fail-on needs error, warning or info, not "${printable(values['fail-on'])}"`);
    gate.failOn = values['fail-on'] as Gate['failOn'];
  }
  if (values['max-warnings'] !== undefined) {
    if (!/^(0|[1-9]\d{0,8})$/.test(values['max-warnings']))
      throw new UsageError(`--max-warnings needs a whole number, 0 or more, not "${printable(values['max-warnings'])}"`);
    gate.maxWarnings = Number(values['max-warnings']);
  }
  if (command === 'rules') {
    if (paths.length > 0 || values.config !== undefined || values['stdin-filename'] !== undefined)
      throw new UsageError('rules takes no paths and no other options than --format');
    return { command, ...none, format: values.format };
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.jobs))
      throw new UsageError(`--jobs needs a whole number from 1 to 9999, not "${printable(values.jobs)}"`);
    jobs = Number(values.jobs);
  }
  if (paths.length === 0) throw new UsageError(`${printable(command)} needs at least one path`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const stdinName = values['stdin-filename'];
  if (stdinName !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename names standard input: give - as a path');
  if (values['update-baseline'] && values.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE');
  const baseline = values.baseline === undefined ? undefined : { file: values.baseline, record: values['update-baseline'] === true };
  return { command, format: values.format, config: values.config, jobs, stdinName, gate, baseline, paths };
}

/** House style files that could not be read at all (as against read and found invalid). */
const unreadable = new WeakSet<StyleFile>();

/** Reads a house style file for the CLI: absent, unreadable, invalid (its first problem) or valid. */
async function readStyleFile(file: string): Promise<StyleFile | null> {
  const read = await readRegularFile(file, HOUSE_STYLE_MAX_BYTES);
  const failed = (message: string): StyleFile => {
    const found = { file, style: null, problems: [{ path: '', message, start: 0, end: 0 }], text: '' };
    unreadable.add(found);
    return found;
  };
  if ('error' in read) {
    if (read.code === 'ENOENT' || read.code === 'ENOTDIR') return null;
    return failed(read.size !== undefined ? `too large (${read.size} bytes; the limit is ${HOUSE_STYLE_MAX_BYTES})` : read.error);
  }
  const decoded = decodeDraft(read.bytes);
  if ('error' in decoded) return failed(decoded.error);
  const parsed = parseHouseStyle(decoded.text);
  if (!parsed.style) return { file, style: null, problems: parsed.problems, text: decoded.text };
  const resolved = await resolveExtends(parsed.style, path.resolve(file), decoded.text, readSharedStyle);
  return { file, style: resolved.style, problems: resolved.problems, text: decoded.text };
}

/** A house style file named in another's "extends". */
async function readSharedStyle(file: string): Promise<{ text: string } | { error: string } | null> {
  const read = await readRegularFile(file, HOUSE_STYLE_MAX_BYTES);
  if ('error' in read) return read.code === 'ENOENT' || read.code === 'ENOTDIR' ? null : { error: read.error };
  const decoded = decodeDraft(read.bytes);
  return 'error' in decoded ? { error: decoded.error } : { text: decoded.text };
}

/** Why a house style cannot be used, or undefined when it can. */
function styleError(found: StyleFile | null): string | undefined {
  if (!found || found.style) return undefined;
  const p = found.problems[0];
  const name = printable(found.file);
  if (unreadable.has(found)) return `${name}: ${p.message}`;
  return `invalid house style ${name}${p?.path ? ` (at ${p.path})` : ''}: ${p?.message ?? 'not valid'}`;
}

/** The house style for each draft: --config, or the nearest file above it (engine/houseStyleLookup.ts). */
class Styles {
  private readonly files = new StyleFileCache(readStyleFile);
  /** The transcripts each house style names, read once per run. */
  private readonly transcripts = new Map<string, Promise<TranscriptSource[]>>();
  constructor(private readonly explicit: StyleFile | null) {}

  forFile(file: string): Promise<StyleFile | null> {
    return this.explicit ? Promise.resolve(this.explicit) : this.files.forDraft(path.resolve(file), null);
  }

  /** The options for a draft, with the transcripts its house style names. */
  async options(file: string, found: StyleFile | null): Promise<EngineOptions> {
    const { options } = optionsForDraft(formatOfPath(file), {}, found, file);
    const globs = found?.style?.transcripts;
    if (!found || !globs || globs.length === 0) return options;
    let read = this.transcripts.get(found.file);
    if (!read) this.transcripts.set(found.file, (read = readTranscripts(path.dirname(found.file), globs)));
    const transcripts = await read;
    return transcripts.length > 0 ? { ...options, transcripts } : options;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = readArgs(argv);
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
    rules: ['text', 'json'],
  };
  const allowed = Object.hasOwn(formats, args.command) ? formats[args.command] : undefined;
  if (!allowed) return usage(`unknown command "${printable(args.command)}"`);
  const format = args.format ?? allowed[0];
  if (!allowed.includes(format)) return usage(`${args.command} --format must be one of ${allowed.join(', ')}`);
  if (args.command === 'rules') {
    process.stdout.write(format === 'json' ? `${JSON.stringify(rulesJson(), null, 2)}\n` : rulesText());
    return 0;
  }

  let explicit: StyleFile | null = null;
  if (args.config) {
    explicit = await readStyleFile(args.config);
    if (!explicit) {
      process.stderr.write(`copydesk: ${printable(args.config)}: no such file or folder\n`);
      return 2;
    }
    const error = styleError(explicit);
    if (error) {
      process.stderr.write(`copydesk: ${error}\n`);
      return 2;
    }
  }
  const styles = new Styles(explicit);

  if (args.command === 'check') {
    if (args.baseline && !args.baseline.record) {
      const error = await baselineError(args.baseline.file);
      if (error) {
        process.stderr.write(`copydesk: baseline ${printable(args.baseline.file)}: ${error}\n`);
        return 2;
      }
    }
    return check(args.paths, args.stdinName, format as CheckFormat, styles, args.jobs ?? defaultJobs(), args.gate, args.baseline);
  }
  if (args.paths.length !== 1) return usage(`${args.command} takes exactly one file`);
  return ledger(args.command, args.paths[0], args.stdinName, format, styles);
}

/** Why a baseline file cannot be used, or undefined when it can. */
async function baselineError(file: string): Promise<string | undefined> {
  const read = await readRegularFile(file, BASELINE_MAX_BYTES);
  if ('error' in read) return read.code === 'ENOENT' ? 'no such file (record one with --update-baseline)' : read.error;
  const parsed = parseBaseline(read.bytes.toString('utf8'));
  return 'error' in parsed ? parsed.error : undefined;
}

function usage(message: string): number {
  process.stderr.write(`copydesk: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The task for one input: the options from its house style, or why it cannot be checked. Standard input is read
 * here, once. */
async function taskFor(index: number, input: Input, styles: Styles, baseline: BaselineUse | undefined): Promise<CheckTask> {
  if (input.error !== undefined) return { index, path: input.path, error: input.error };
  let bytes: Uint8Array | undefined;
  if (input.stdin) {
    const read = await readStdin();
    if ('error' in read) return { index, path: input.path, error: read.error };
    bytes = read.bytes;
  }
  const found = await styles.forFile(input.path);
  const error = styleError(found);
  if (error) return { index, path: input.path, styleError: error };
  const options = await styles.options(input.path, found);
  return {
    index,
    path: input.path,
    options,
    ...(bytes ? { bytes } : {}),
    ...(baseline ? (baseline.record ? { recordBaseline: true } : { baseline: baseline.file }) : {}),
  };
}

async function check(
  paths: string[],
  stdinName: string | undefined,
  format: CheckFormat,
  styles: Styles,
  jobs: number,
  gate: Gate,
  baseline: BaselineUse | undefined,
): Promise<number> {
  const inputs = await collectInputs(paths, stdinName);
  return runChecks(
    inputs,
    (i, input) => taskFor(i, input, styles, baseline),
    format,
    jobs,
    VERSION,
    { write: (chunk) => process.stdout.write(chunk), drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)) },
    (line) => process.stderr.write(`copydesk: ${line}\n`),
    gate,
    baseline,
  );
}

async function ledger(command: string, given: string, stdinName: string | undefined, format: string, styles: Styles): Promise<number> {
  const file = given === '-' ? (stdinName ?? STDIN_NAME) : given;
  const name = printable(file);
  const stdin = given === '-' ? await readStdin() : undefined;
  const read = stdin ? ('error' in stdin ? stdin : await readInput({ bytes: stdin.bytes, name: file })) : await readInput({ path: file });
  if ('error' in read) {
    process.stderr.write(`copydesk: ${name}: ${printable(read.error)}\n`);
    return 2;
  }
  const found = await styles.forFile(file);
  const error = styleError(found);
  if (error) {
    process.stderr.write(`copydesk: ${error}\n`);
    return 2;
  }
  if (read.text.length > SECTION_CHARS) {
    process.stderr.write(
      `copydesk: ${name}: ${read.text.length.toLocaleString('en')} characters; ${command} reads drafts of up to ${SECTION_CHARS.toLocaleString('en')} (copydesk check reads longer ones in sections)\n`,
    );
    return 2;
  }
  const options = await styles.options(file, found);
  const analysis = analyse(read.text, options);
  // A Word file has no lines: places are its paragraphs.
  const word = isWordFile(file);
  const places = word ? paragraphPlaces(analysis.paragraphs) : linePlaces(read.text);
  let out: string;
  if (command === 'quotes')
    out =
      format === 'json'
        ? JSON.stringify(quotesJson(file, read.text, analysis, places), null, 2)
        : quotesMarkdown(name, read.text, analysis, places);
  else if (command === 'names')
    out =
      format === 'json'
        ? JSON.stringify(namesJson(file, read.text, analysis, places), null, 2)
        : namesMarkdown(name, read.text, analysis, places);
  else if (format === 'html') {
    out = reportHtml(printable(path.basename(file)), read.text, analysis, {
      nonce: randomBytes(12).toString('base64'),
      sentenceLimit: options.style.sentenceLength.maxWords,
      places,
    });
  } else out = reportMarkdown(printable(path.basename(file)), read.text, analysis, places);
  // Draft text in every format is printable: quotes and names come from the draft as written.
  process.stdout.write(`${format === 'json' ? printableJson(out) : printable(out, true)}\n`);
  const result = {
    path: file,
    text: read.text,
    failures: analysis.failures,
    skipped: analysis.skipped,
    ...(word ? { word: { paragraphs: analysis.paragraphs } } : {}),
  };
  for (const note of incompleteNotes(result)) process.stderr.write(`copydesk: ${name}: ${printable(note)}\n`);
  return isIncomplete(result) ? 2 : 0;
}

// A check run lasts seconds, not the hours V8's tiering is tuned for: at its default budget the optimising compiler
// compiles the checks' functions early and often, and on a run of tens of drafts most of that work is thrown away
// (recompiled after a shape change) while it takes the second core from the run. Four times the budget (the default
// is 67,584) optimises only what stays hot: over 60 corpus articles on two cores, a quarter less CPU and about a
// tenth less wall time; on one or two drafts and on 600, wall time within run-to-run noise and less CPU. Set before
// any check runs, for the workers too (the language server keeps V8's defaults: it runs for hours).
setFlagsFromString('--interrupt-budget=270336');

if (!serveAsWorker()) runMain();

function runMain(): void {
  // A reader that stops reading (`copydesk check … | head -1`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
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
