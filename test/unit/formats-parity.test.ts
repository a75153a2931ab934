// One draft written for the project, four ways: its Markdown original, an HTML page as a CMS exports it, a Google
// Docs Markdown export (escapes, a bold headline, an embedded image) and a Word file. All four give the same findings,
// rule for rule, on the same words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { resolveOptions } from '../../server/src/engine/config';
import { docxToHtml } from '../../server/src/engine/formats/docx';
import { ParagraphPositions } from '../../server/src/engine/formats/paragraphPositions';
import type { DocumentFormat } from '../../server/src/engine/types';
import { docxOf } from '../fixtures/formats/docx-writer';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'formats');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Each finding as rule, message and the words it covers (as the paragraph reads, white space as one space). */
function findings(text: string, format: DocumentFormat): string[][] {
  const analysis = analyse(text, resolveOptions(format).options);
  const words = new ParagraphPositions(analysis.paragraphs);
  return analysis.findings.map((f) => [f.rule, f.message, words.words(f).replace(/\s+/g, ' ')]);
}

async function wordFile(): Promise<string> {
  const page = await docxToHtml(readFileSync(path.join(FIXTURES, 'library-hours.docx')));
  if ('error' in page) assert.fail(page.error);
  return page.html;
}

describe('the same draft in every format', () => {
  const original = findings(read('library-hours.md'), 'markdown');

  it('the original has the findings the fixture was written for', () => {
    assert.deepEqual(
      original.map(([rule, , words]) => [rule, words.length > 45 ? `${words.slice(0, 45)}…` : words]),
      [
        ['passive-voice', 'was cut'],
        ['repeated-word', 'the the'],
        ['passive-voice', 'would be reviewed'],
        ['indefinite-article', 'a'],
        ['quote-floating', '“People who rely on the library for the inter…'],
        ['sentence-length', 'Campaigners, who have gathered more than 3,00…'],
        ['name-inconsistent', 'Okonkow'],
        ['acronym-undefined', 'CLF'],
        ['spelling-variant', 'modernize'],
        ['quote-unattributed', '“Close the doors and you close the town.”'],
      ],
    );
  });

  it('an HTML page gives the same findings', () => {
    assert.deepEqual(findings(read('library-hours.html'), 'html'), original);
  });

  it('a Google Docs Markdown export gives the same findings', () => {
    assert.deepEqual(findings(read('library-hours.gdocs.md'), 'markdown'), original);
  });

  it('a Word file gives the same findings', async () => {
    assert.deepEqual(findings(await wordFile(), 'html'), original);
  });

  it('the Word file is the one make-docx.ts writes from the original', () => {
    assert.ok(docxOf(read('library-hours.md')).equals(readFileSync(path.join(FIXTURES, 'library-hours.docx'))));
  });
});
