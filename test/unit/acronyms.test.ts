import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameFactsOf, resolveNames, undefinedAcronyms } from '../../server/src/engine/rules/names';
import { tokenize } from '../../server/src/engine/tokens';
import type { BlockKind } from '../../server/src/engine/types';

/** Lines are paragraphs; a first line starting with "# " is the headline. */
function paragraphsOf(lines: string[]) {
  let at = 0;
  const paragraphs = lines.map((line, i) => {
    const body = line.replace(/^# /, '');
    const kind: BlockKind = i === 0 && line.startsWith('# ') ? 'headline' : 'paragraph';
    const p = { start: at, kind, facts: nameFactsOf({ text: body, kind, tokens: tokenize(body), quoteSpans: [] }) };
    at += body.length + 1;
    return p;
  });
  return { text: lines.map((l) => l.replace(/^# /, '')).join('\n'), paragraphs };
}

test('an acronym used before its definition is flagged at its first use, with a fix that spells it out', () => {
  const { text, paragraphs } = paragraphsOf([
    'The WMA said shipping lanes were safe.',
    'The World Maritime Agency (WMA) monitors traffic. The WMA meets in June.',
  ]);
  const findings = undefinedAcronyms(paragraphs);
  assert.equal(findings.length, 1);
  const f = findings[0];
  const start = text.indexOf('WMA');
  assert.deepEqual([f.rule, f.severity, f.start, f.end, f.actual], ['acronym-undefined', 'hint', start, start + 3, 'WMA']);
  assert.equal(f.message, '“WMA” is used before it is defined (“World Maritime Agency (WMA)” comes later)');
  assert.deepEqual(f.expected, ['World Maritime Agency (WMA)']);
  const defStart = text.indexOf('World Maritime Agency');
  assert.deepEqual(f.related, [
    { start: defStart, end: defStart + 'World Maritime Agency (WMA)'.length, message: '“WMA” is defined here' },
  ]);
  assert.deepEqual(f.fixes, [
    { title: 'Spell out “WMA” here', edits: [{ start, end: start + 3, newText: 'World Maritime Agency (WMA)' }], preferred: true },
  ]);
});

test('an acronym never defined is flagged once; a defined one, a known one and the headline are not', () => {
  const { text, paragraphs } = paragraphsOf([
    '# QRX chief quits',
    'The Federal Harbour Board (FHB) met the UN envoy and NATO officers.',
    'Union leaders at the PKQ said the FHB ignored them. The PKQ will strike.',
  ]);
  const findings = undefinedAcronyms(paragraphs);
  assert.equal(findings.length, 1);
  const start = text.indexOf('PKQ');
  assert.deepEqual([findings[0].start, findings[0].end], [start, start + 3]);
  assert.equal(findings[0].message, '“PKQ” is never defined: spell it out at first use');
  assert.deepEqual(findings[0].expected, []);
});

test('the definition can follow the acronym: "ACR (Full Name)"', () => {
  const { paragraphs } = paragraphsOf(['Talks at the PFL (Port Freight League) ended.', 'The PFL will return.']);
  assert.deepEqual(undefinedAcronyms(paragraphs), []);
});

test('house-style known acronyms, plurals and Roman numerals are not flagged', () => {
  const { paragraphs } = paragraphsOf(['The NUJ and several MPs met.', 'Section XIV applies, the NUJ said.']);
  assert.deepEqual(undefinedAcronyms(paragraphs, ['NUJ']), []);
  assert.deepEqual(
    undefinedAcronyms(paragraphs, []).map((f) => f.actual),
    [],
  ); // NUJ is also built in
  const other = paragraphsOf(['The KRTs said no.']);
  assert.deepEqual(undefinedAcronyms(other.paragraphs, ['KRT']), []);
});

test('resolveNames returns acronym-undefined findings with the naming ones, honouring knownAcronyms', () => {
  const { paragraphs } = paragraphsOf(['The PKQ said no.']);
  assert.deepEqual(
    resolveNames(paragraphs, {}).findings.map((f) => f.rule),
    ['acronym-undefined'],
  );
  assert.deepEqual(resolveNames(paragraphs, { knownAcronyms: ['PKQ'] }).findings, []);
});

test('thousands of distinct acronyms finish quickly', () => {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const words: string[] = [];
  for (let i = 0; i < 6000; i++) words.push(letters[i % 24] + letters[((i / 24) | 0) % 24] + letters[((i / 576) | 0) % 24] + 'QX');
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 40) lines.push(words.slice(i, i + 40).join(' and ') + '.');
  const { paragraphs } = paragraphsOf(lines);
  const t0 = performance.now();
  const findings = undefinedAcronyms(paragraphs);
  const names = resolveNames(paragraphs, {});
  const ms = performance.now() - t0;
  assert.equal(findings.length, 6000);
  assert.equal(names.findings.filter((f) => f.rule === 'acronym-undefined').length, 6000);
  assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
});
