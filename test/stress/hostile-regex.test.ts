// Every regular expression in the engine, run over adversarial strings of 100,000 characters within a bound.
// The expressions are read from the source with the TypeScript scanner, so a new one is covered the day it lands.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { compileTerms, termHitsOf } from '../../server/src/engine/rules/terms';

const ENGINE = path.resolve('server/src/engine');
const LENGTH = 100_000;
/** A linear scan of 100k characters takes a few milliseconds (100 with 100k matches); a quadratic one, minutes. */
const BOUND_MS = 1000;

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function regexLiterals(file: string): Literal[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const cut = literal.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      out.push({
        where: `${path.relative(process.cwd(), file)}:${line + 1}`,
        source: literal.slice(1, cut),
        flags: literal.slice(cut + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Strings that make a backtracking expression show itself: long runs of one or two characters, each with and
 * without a character at the end that spoils the match, and runs of the characters the expression names. */
function adversarialStrings(source: string): string[] {
  const units = [
    ' ',
    'a',
    'A',
    'Z',
    's',
    'e',
    '.',
    ',',
    '-',
    '—',
    "'",
    '’',
    '"',
    '“',
    '”',
    '\n',
    '\r\n',
    '\t',
    '0',
    '9',
    'é',
    '😀',
    '\u00a0',
    '\u0000',
    '&',
    '#',
    '*',
    '_',
    '<',
    '>',
    '!',
    ':',
    '(',
    ')',
  ];
  const pairs = [
    'a ',
    'A ',
    'A.',
    '. ',
    'Ab',
    'a-',
    'a.',
    'es',
    'ing',
    'Aa ',
    'A-B',
    '" ',
    '“a',
    'a”',
    '\\ ',
    '- ',
    '# ',
    '<!--',
    '-->',
    'copydesk-',
    ' \n',
  ];
  const named = [...new Set(source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|[\\^$|?*+()[\]{}]/g, '').split(''))].filter((c) => c.trim() !== '');
  const seeds = [...units, ...pairs, named.join(''), ...named];
  const out: string[] = [];
  for (const seed of seeds) {
    if (seed === '') continue;
    const body = seed.repeat(Math.ceil(LENGTH / seed.length)).slice(0, LENGTH);
    out.push(body, `${body.slice(0, -1)}!`, `${body.slice(0, -1)}\u0001`);
  }
  return out;
}

/** Runs the expressions in a worker thread, so that one that never ends is stopped and named, not waited on. The
 * worker builds the strings itself (sending them would copy gigabytes). */
function timeAll(literals: Literal[], boundMs: number): Promise<{ where: string; worst: number; sample: string }[]> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const LENGTH = workerData.length;
    const adversarialStrings = ${adversarialStrings.toString()};
    for (const lit of workerData.literals) {
      parentPort.postMessage({ tick: lit.where });
      let worst = 0, sample = '';
      // With g, every start position is tried: the worst case of test, exec, replace and split alike.
      const re = new RegExp(lit.source, lit.flags.includes('g') ? lit.flags : lit.flags + 'g');
      for (const s of adversarialStrings(lit.source)) {
        const t = performance.now();
        let n = 0;
        for (const _ of s.matchAll(re)) if (++n > 1e6) break;
        const ms = performance.now() - t;
        if (ms > worst) { worst = ms; sample = JSON.stringify(s.slice(0, 12)); }
      }
      parentPort.postMessage({ where: lit.where + ' /' + lit.source + '/' + lit.flags, worst, sample });
    }
    parentPort.postMessage({ done: true });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { literals, length: LENGTH } });
    const results: { where: string; worst: number; sample: string }[] = [];
    let current = '(start)';
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`${current}: no answer within ${boundMs * 40} ms (stopped)`));
      }, boundMs * 40);
    };
    arm();
    worker.on('message', (m: { tick?: string; where?: string; worst?: number; sample?: string; done?: boolean }) => {
      if (m.tick) current = m.tick;
      else if (m.done) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(results);
        return;
      } else results.push({ where: m.where!, worst: m.worst!, sample: m.sample! });
      arm();
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe('hostile input: regular expressions', () => {
  const all = tsFiles(ENGINE).flatMap(regexLiterals);
  // The same expression written in several places is timed once.
  const literals = [...new Map(all.map((l) => [`/${l.source}/${l.flags.replace('g', '')}`, l])).values()];

  it('finds the engine’s regular expressions', () => {
    // A floor, not an exact count: the engine grows. Fewer means the scanner stopped seeing them.
    assert.ok(all.length >= 40, `only ${all.length} regular expressions found`);
    for (const l of all) assert.doesNotThrow(() => new RegExp(l.source, l.flags), l.where);
  });

  it(`runs each over adversarial strings of ${LENGTH.toLocaleString('en')} characters within ${BOUND_MS} ms`, async () => {
    const results = await timeAll(literals, BOUND_MS);
    assert.equal(results.length, literals.length);
    const slow = results.filter((r) => r.worst > BOUND_MS).map((r) => `${r.where}: ${r.worst.toFixed(0)} ms on ${r.sample}…`);
    assert.deepEqual(slow, []);
    const worst = results.reduce((a, b) => (b.worst > a.worst ? b : a));
    if (process.env.COPYDESK_HOSTILE_REPORT) console.log(`slowest regular expression: ${worst.where} ${worst.worst.toFixed(1)} ms`);
  });

  it('builds house-style term patterns that stay linear, whatever the terms hold', () => {
    // Terms come from the workspace's .copydesk.json: any characters, many alternatives, shared prefixes.
    const instead = [
      'a.b',
      '(x)',
      'c++',
      '$1',
      '\\d',
      '[^]',
      'x|y',
      '*',
      '?',
      'a'.repeat(200),
      ...Array.from({ length: 2000 }, (_, i) => `aa${i}`),
    ];
    const compiled = compileTerms([{ use: 'z', instead }]);
    for (const text of [
      'a'.repeat(LENGTH),
      'aa '.repeat(LENGTH / 3),
      'a.b '.repeat(LENGTH / 4),
      '(x) c++ $1 \\d [^] x|y * ? '.repeat(LENGTH / 27),
    ]) {
      const t = performance.now();
      const hits = termHitsOf(text, compiled, []);
      const ms = performance.now() - t;
      assert.ok(ms < BOUND_MS * 4, `${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 12))}`);
      if (text.startsWith('(x)')) assert.equal(hits.length, 8 * Math.floor(LENGTH / 27));
    }
  });
});
