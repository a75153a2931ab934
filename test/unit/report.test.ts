import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { defaultOptions } from '../../server/src/engine/config';
import { bySeverityThenPosition, findingsSummary, reportHtml, reportMarkdown, statRows } from '../../server/src/engine/report';

// Written for this test: a headline, a passive (hint), a floating-free orphan quote (warning), a heading, a credit line.
const DRAFT = [
  'Harbour fares rise',
  'The new fares were announced on Monday by the harbour board.',
  '“Nobody asked the people who use the ferry every day.”',
  'What happens next',
  'The board meets again in June to review the timetable and the fares for the winter.',
  'Source link',
].join('\n');

test('the report lists findings by severity, then position, with hints last', () => {
  const analysis = analyse(DRAFT, defaultOptions('plaintext'));
  const md = reportMarkdown('fares.txt', DRAFT, analysis);
  const findings = md.slice(md.indexOf('## Findings'), md.indexOf('## Quotes'));
  assert.equal(findings.split('\n')[0], `## Findings: ${findingsSummary(analysis.findings)}`);
  const order = [...findings.matchAll(/^- line (\d+), ([a-z-]+):/gm)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(order, ['3 quote-unattributed', '2 passive-voice']);
  assert.ok(findings.indexOf('### Warnings: to fix (1)') < findings.indexOf('### Hints'));
  assert.deepEqual(
    [...analysis.findings].sort(bySeverityThenPosition).map((f) => f.severity),
    ['warning', 'hint'],
  );
});

test('the paragraph table has one row per graded paragraph; headings and credits are counted, not graded', () => {
  const analysis = analyse(DRAFT, defaultOptions('plaintext'));
  const md = reportMarkdown('fares.txt', DRAFT, analysis);
  const table = md.slice(md.indexOf('## Sentence length and reading age by paragraph'), md.indexOf('## Findings'));
  const rows = table.split('\n').filter((l) => /^\| \d/.test(l));
  assert.equal(rows.length, analysis.stats.paragraphs);
  assert.equal(analysis.stats.paragraphs, 3);
  assert.equal(analysis.stats.ungradedLines, 3);
  assert.deepEqual(
    rows.map((r) => r.split('|')[2].trim()),
    ['2', '3', '5'],
  );
  for (const r of rows) assert.ok(Number(r.split('|')[6]) >= 5, r);
  assert.deepEqual(
    statRows(analysis.stats).find(([k]) => k.startsWith('Headings')),
    ['Headings and credits (not graded)', '3'],
  );
});

test('an American draft reads in grades in the report and the HTML page', () => {
  const text = 'The color of the harbor changed overnight, the council said.';
  const analysis = analyse(text, defaultOptions('plaintext'));
  assert.equal(analysis.stats.readingScale, 'grade');
  assert.ok(reportMarkdown('a.txt', text, analysis).includes('| Grade (Flesch-Kincaid) |'));
  assert.ok(reportHtml('a.txt', text, analysis, { nonce: 'n', sentenceLimit: 50 }).includes('Flesch-Kincaid grade of each paragraph'));
});
