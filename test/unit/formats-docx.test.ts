import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { resolveOptions } from '../../server/src/engine/config';
import { docxToHtml, MAX_DOCX_XML_BYTES } from '../../server/src/engine/formats/docx';
import { ParagraphPositions } from '../../server/src/engine/formats/paragraphPositions';
import { docxOf, zip } from '../fixtures/formats/docx-writer';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'formats');

async function html(bytes: Uint8Array): Promise<string> {
  const read = await docxToHtml(bytes);
  if ('error' in read) assert.fail(read.error);
  return read.html;
}

async function errorOf(bytes: Uint8Array): Promise<string> {
  const read = await docxToHtml(bytes);
  assert.ok('error' in read, 'expected an error');
  return read.error;
}

describe('Word files', () => {
  it('read Title as the headline, Heading 1 as a heading, list paragraphs as items and Quote as a block quote', async () => {
    const markdown =
      '# Ferry service resumes\n\n## What comes next\n\nThe ferry sailed on *Monday*.\n\n* A second boat in June.\n\n> We waited years.\n';
    const page = await html(docxOf(markdown));
    assert.equal(
      page,
      [
        '<h1>Ferry service resumes<a id="_x"></a></h1>',
        '<h1>What comes next<a id="_x"></a></h1>',
        '<p>The ferry sailed on <a id="_x"></a><em>Monday</em><a id="_x"></a>.<a id="_x"></a></p>',
        '<ul><li>A second boat in June.<a id="_x"></a></li>',
        '</ul>',
        '<blockquote><p>We waited years.<a id="_x"></a></p>',
        '</blockquote>',
        '',
      ].join('\n'),
    );
    const blocks = analyse(page, resolveOptions('html').options).paragraphs;
    assert.deepEqual(
      blocks.map((p) => [p.kind, p.text]),
      [
        ['headline', 'Ferry service resumes'],
        ['heading', 'What comes next'],
        ['paragraph', 'The ferry sailed on Monday.'],
        ['list-item', 'A second boat in June.'],
        ['blockquote', 'We waited years.'],
      ],
    );
  });

  it('place findings by paragraph number and column, with the words they cover', async () => {
    const page = await html(readFileSync(path.join(FIXTURES, 'library-hours.docx')));
    const analysis = analyse(page, resolveOptions('html').options);
    const at = new ParagraphPositions(analysis.paragraphs);
    assert.deepEqual(
      analysis.findings.map((f) => [f.rule, at.point(f.start), at.point(f.end, true), at.words(f)]),
      [
        ['passive-voice', { paragraph: 2, column: 147 }, { paragraph: 2, column: 154 }, 'was cut'],
        ['repeated-word', { paragraph: 3, column: 112 }, { paragraph: 3, column: 119 }, 'the the'],
        ['passive-voice', { paragraph: 3, column: 134 }, { paragraph: 3, column: 151 }, 'would be reviewed'],
        ['indefinite-article', { paragraph: 3, column: 155 }, { paragraph: 3, column: 156 }, 'a'],
        [
          'quote-floating',
          { paragraph: 5, column: 1 },
          { paragraph: 5, column: 69 },
          '“People who rely on the library for the internet will be hit first.”',
        ],
        [
          'sentence-length',
          { paragraph: 6, column: 1 },
          { paragraph: 6, column: 340 },
          'Campaigners, who have gathered more than 3,000 signatures for the #SaveRiverside petition since January and who plan to hand it in at the town hall before the full council meets on 14 March, say the cut falls hardest on older residents, on families without a computer at home and on students who need a quiet place to work in the evenings.',
        ],
        ['name-inconsistent', { paragraph: 7, column: 4 }, { paragraph: 7, column: 11 }, 'Okonkow'],
        ['acronym-undefined', { paragraph: 7, column: 34 }, { paragraph: 7, column: 37 }, 'CLF'],
        ['spelling-variant', { paragraph: 7, column: 55 }, { paragraph: 7, column: 64 }, 'modernize'],
        ['quote-unattributed', { paragraph: 10, column: 1 }, { paragraph: 10, column: 42 }, '“Close the doors and you close the town.”'],
      ],
    );
  });

  it('name what cannot be read, in one line', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const encrypted = Buffer.from(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1024);
    const real = readFileSync(path.join(FIXTURES, 'library-hours.docx'));
    // A central directory that claims 4 GB of document.xml.
    const bomb = Buffer.from(real);
    const directory = bomb.indexOf(Buffer.from('504b0102', 'hex'));
    bomb.writeUInt32LE(0xffffffff, directory + 24);
    const messages = await Promise.all([
      errorOf(encrypted),
      errorOf(ole),
      errorOf(Buffer.from('<html><body>Not Word</body></html>')),
      errorOf(real.subarray(0, real.length - 200)),
      errorOf(zip([{ name: 'notes.txt', data: 'hello' }])),
      errorOf(
        zip([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'xl/workbook.xml', data: '<workbook/>' },
        ]),
      ),
      errorOf(bomb),
      errorOf(new Uint8Array(0)),
    ]);
    assert.deepEqual(messages, [
      'password-protected Word file: save a copy without the password',
      'Word 97-2003 file (.doc), not .docx: save it as .docx',
      'not a Word file (a .docx is a zip archive; this is not one)',
      'damaged Word file (its zip directory is missing or cut short)',
      'a zip archive, not a Word file (it holds no word/document.xml)',
      'a zip archive, not a Word file (it has no main document)',
      `Word file with 4,294,974,839 bytes of text and markup unpacked, more than the ${MAX_DOCX_XML_BYTES.toLocaleString('en')} read`,
      'not a Word file (a .docx is a zip archive; this is not one)',
    ]);
    for (const m of messages) assert.ok(!m.includes('\n'));
  });

  it('report a zip whose entries are damaged as a damaged Word file', async () => {
    const real = Buffer.from(readFileSync(path.join(FIXTURES, 'library-hours.docx')));
    // Overwrite the start of word/document.xml's data: the entry's checksum no longer matches.
    const name = real.indexOf(Buffer.from('word/document.xml'));
    real.fill(0x20, name + 40, name + 400);
    assert.match(await errorOf(real), /^damaged Word file \(.+\)$/);
  });
});
