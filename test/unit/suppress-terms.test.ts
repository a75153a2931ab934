import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../../server/src/engine/blocks';
import { LineIndex } from '../../server/src/engine/positions';
import { compileTerms, termFindings, termHitsOf } from '../../server/src/engine/rules/terms';
import { applySuppressions } from '../../server/src/engine/suppress';
import type { Finding, RuleId } from '../../server/src/engine/types';

const finding = (rule: RuleId, start: number): Finding => ({
  rule,
  severity: 'warning',
  message: 'm',
  start,
  end: start + 1,
  actual: 'x',
  expected: [],
});

describe('suppression comments', () => {
  const text = [
    'Alpha one.',
    '<!-- copydesk-disable passive-voice -->',
    'Beta two.',
    '<!-- copydesk-enable passive-voice -->',
    'Gamma three.',
    '<!-- copydesk-disable-next-line -->',
    'Delta four.',
    'Epsilon five.',
  ].join('\n\n');
  const { paragraphs, directives } = blocksOf(text, 'markdown');
  const at = (word: string) => text.indexOf(word);

  it('silences a rule between disable and enable, and every rule on the next paragraph', () => {
    const findings = [
      finding('passive-voice', at('Alpha')),
      finding('passive-voice', at('Beta')),
      finding('readability', at('Beta')),
      finding('passive-voice', at('Gamma')),
      finding('readability', at('Delta')),
      finding('readability', at('Epsilon')),
    ];
    const kept = applySuppressions(findings, directives, paragraphs, text.length).map(
      (f) => `${f.rule}@${text.slice(f.start, f.start + 5)}`,
    );
    assert.deepEqual(kept, ['passive-voice@Alpha', 'readability@Beta ', 'passive-voice@Gamma', 'readability@Epsil']);
  });

  it('runs a disable with no enable to the end of the draft', () => {
    const plain = 'One.\ncopydesk-disable\nTwo.\nThree.';
    const b = blocksOf(plain, 'plaintext');
    const kept = applySuppressions(
      [finding('readability', 0), finding('house-style', plain.indexOf('Three'))],
      b.directives,
      b.paragraphs,
      plain.length,
    );
    assert.deepEqual(
      kept.map((f) => f.start),
      [0],
    );
  });
});

describe('house-style terms', () => {
  const compiled = compileTerms([
    { use: 'Kyiv', instead: ['Kiev'] },
    { use: 'email', instead: ['e-mail'], note: 'one word' },
  ]);

  it('matches whole words, keeps capitals for lower-case terms, and lowers severity inside quotes', () => {
    const text = 'E-mail from Kiev and Kievan history; “send an e-mail” he said.';
    const quote = { start: text.indexOf('“'), end: text.indexOf('”') + 1 };
    const findings = termFindings(termHitsOf(text, compiled, [quote]), 100);
    assert.deepEqual(
      findings.map((f) => [f.start, f.end, f.actual, f.expected[0], f.severity, f.message]),
      [
        [100, 106, 'E-mail', 'Email', 'warning', '“E-mail”: the house style writes “Email” (one word)'],
        [112, 116, 'Kiev', 'Kyiv', 'warning', '“Kiev”: the house style writes “Kyiv”'],
        [146, 152, 'e-mail', 'email', 'info', '“e-mail”: the house style writes “email” (one word)'],
      ],
    );
    assert.deepEqual(findings[1].fixes, [
      { title: 'Replace with “Kyiv”', edits: [{ start: 112, end: 116, newText: 'Kyiv' }], preferred: true },
    ]);
  });

  it('matches a capitalised variant exactly only', () => {
    const c = compileTerms([{ use: 'Kyiv', instead: ['Kiev'] }]);
    assert.deepEqual(termHitsOf('kiev is lower case', c, []), []);
  });
});

describe('line index', () => {
  it('maps offsets to lines and columns over LF, CRLF and CR', () => {
    const lines = new LineIndex('ab\r\ncd\ref\ng');
    assert.deepEqual(
      [0, 2, 4, 7, 10, 11].map((o) => lines.positionAt(o)),
      [
        { line: 0, character: 0 },
        { line: 0, character: 2 },
        { line: 1, character: 0 },
        { line: 2, character: 0 },
        { line: 3, character: 0 },
        { line: 3, character: 1 },
      ],
    );
    assert.equal(lines.offsetAt({ line: 2, character: 1 }), 8);
  });
});
