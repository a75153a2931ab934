// The CLI on drafts where they live: Word files (placed by paragraph), HTML pages, Google Docs exports, standard
// input, and files it cannot read among ones it can.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zip } from '../fixtures/formats/docx-writer';

const CLI = path.resolve('dist/cli.js');
const FIXTURES = path.resolve('test/fixtures/formats');

function run(args: string[], cwd: string, input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('copydesk check on Word files, HTML pages and standard input', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-formats-'));
    for (const name of ['library-hours.docx', 'library-hours.html', 'library-hours.md'])
      copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('places a Word file’s findings by paragraph and column, with the words, in JSON', () => {
    const r = run(['check', '--format', 'json', 'library-hours.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    const file = (JSON.parse(r.stdout) as { files: { path: string; findings: object[] }[] }).files[0];
    assert.equal(file.path, 'library-hours.docx');
    assert.deepEqual(file.findings.slice(5, 7), [
      {
        rule: 'sentence-length',
        severity: 'warning',
        message: 'Long sentence: 62 words (limit 50); consider splitting it',
        start: { paragraph: 6, column: 1 },
        end: { paragraph: 6, column: 340 },
        actual:
          'Campaigners, who have gathered more than 3,000 signatures for the #SaveRiverside petition since January and who plan to hand it in at the town hall before the full council meets on 14 March, say the cut falls hardest on older residents, on families without a computer at home and on students who need a quiet place to work in the evenings.',
        expected: [],
      },
      {
        rule: 'name-inconsistent',
        severity: 'warning',
        message: '“Okonkow”: elsewhere this draft writes “Okonkwo” (twice) — two letters swapped',
        start: { paragraph: 7, column: 4 },
        end: { paragraph: 7, column: 11 },
        actual: 'Okonkow',
        expected: ['Okonkwo'],
      },
    ]);
  });

  it('prints a Word file’s findings by paragraph and quoted words in text', () => {
    const r = run(['check', 'library-hours.docx'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(r.stdout.split('\n').slice(0, 4), [
      'library-hours.docx',
      '  ¶3 “the the”  warning  “the” is repeated; remove one  repeated-word',
      '  ¶3 “a”  warning  “a” before “hour-long”: use “an”  indefinite-article',
      '  ¶6 “Campaigners, who have gathered more tha…”  warning  Long sentence: 62 words (limit 50); consider splitting it  sentence-length',
    ]);
  });

  it('gives a Word file’s findings in SARIF without a text region or a fix, and an HTML page’s with fixes only on text', () => {
    const r = run(['check', '--format', 'sarif', 'library-hours.docx', 'library-hours.html'], dir);
    assert.equal(r.code, 0);
    const results = (JSON.parse(r.stdout) as { runs: { results: Record<string, unknown>[] }[] }).runs[0].results;
    const name = results.find((x) => x.ruleId === 'name-inconsistent')!;
    assert.deepEqual(name, {
      ruleId: 'name-inconsistent',
      level: 'warning',
      message: { text: '“Okonkow”: elsewhere this draft writes “Okonkwo” (twice) — two letters swapped (paragraph 7 “Okonkow”)' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'library-hours.docx' } },
          logicalLocations: [{ name: 'paragraph 7', kind: 'paragraph' }],
        },
      ],
      properties: { start: { paragraph: 7, column: 4 }, end: { paragraph: 7, column: 11 }, words: 'Okonkow' },
    });
    const html = results.filter(
      (x) =>
        (x.locations as { physicalLocation: { artifactLocation: { uri: string } } }[])[0].physicalLocation.artifactLocation.uri ===
        'library-hours.html',
    );
    const fixed = (rule: string) => html.filter((x) => x.ruleId === rule).map((x) => x.fixes !== undefined);
    // The name's range holds a tag (Okon<span class="tracked">kow): no fix; the article's is plain text: a fix.
    assert.deepEqual([fixed('name-inconsistent'), fixed('indefinite-article')], [[false], [true]]);
  });

  it('reads standard input as the file --stdin-filename names, with the house style found from that name', () => {
    writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'passive-voice': 'off' } }));
    try {
      const page = readFileSync(path.join(dir, 'library-hours.html'));
      const fromFile = JSON.parse(run(['check', '--format', 'json', 'library-hours.html'], dir).stdout) as {
        files: { findings: object[] }[];
      };
      const piped = run(['check', '--format', 'json', '-', '--stdin-filename', 'library-hours.html'], dir, page);
      assert.equal(piped.code, 0, piped.stderr);
      assert.deepEqual(JSON.parse(piped.stdout), { files: [{ path: 'library-hours.html', findings: fromFile.files[0].findings }] });
      assert.equal(fromFile.files[0].findings.length, 8);
      const word = run(['check', '-', '--stdin-filename', 'story.docx'], dir, readFileSync(path.join(dir, 'library-hours.docx')));
      assert.match(word.stdout, /^story\.docx\n {2}¶3 “the the” {2}warning/);
      // Without a name: plain text, called <stdin>.
      const plain = run(['check', '--format', 'json', '-'], dir, 'The the mayor spoke.\n');
      assert.deepEqual(
        (JSON.parse(plain.stdout) as { files: { path: string; findings: { rule: string }[] }[] }).files.map((f) => [
          f.path,
          f.findings.map((x) => x.rule),
        ]),
        [['<stdin>', ['repeated-word']]],
      );
    } finally {
      rmSync(path.join(dir, '.copydesk.json'));
    }
  });

  it('reports a Word file by paragraph in the report, the quote ledger and the name sheet', () => {
    const report = run(['report', 'library-hours.docx'], dir);
    assert.equal(report.code, 0);
    assert.ok(
      report.stdout.includes(
        '- paragraph 7, name-inconsistent: “Okonkow”: elsewhere this draft writes “Okonkwo” (twice) — two letters swapped\n',
      ),
    );
    const quotes = run(['quotes', '-', '--stdin-filename', 'x.docx'], dir, readFileSync(path.join(dir, 'library-hours.docx')));
    assert.ok(quotes.stdout.includes('## Unattributed (1)\n\n- paragraph 10: “Close the doors and you close the town.”\n'));
    const names = JSON.parse(run(['names', '--format', 'json', 'library-hours.docx'], dir).stdout) as { names: { forms: object[] }[] };
    assert.deepEqual(names.names[0].forms, [
      { text: 'Amara Okonkwo', count: 1, variant: false, paragraphs: [3] },
      { text: 'Okonkwo', count: 1, variant: false, paragraphs: [4] },
      { text: 'Okonkow', count: 1, variant: true, paragraphs: [7] },
    ]);
  });

  it('refuses --stdin-filename without -, and - twice', () => {
    assert.match(run(['check', '--stdin-filename', 'a.md', 'b.md'], dir).stderr, /--stdin-filename names standard input: give - as a path/);
    assert.match(run(['check', '-', '-'], dir).stderr, /standard input \(-\) can be read only once/);
  });
});

describe('copydesk check on files it cannot read', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-unreadable-'));
    const docx = readFileSync(path.join(FIXTURES, 'library-hours.docx'));
    const ole = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    writeFileSync(path.join(dir, 'a-locked.docx'), ole);
    writeFileSync(path.join(dir, 'b-damaged.docx'), docx.subarray(0, 3000));
    writeFileSync(path.join(dir, 'c-not-word.docx'), zip([{ name: 'notes.txt', data: 'hello' }]));
    writeFileSync(path.join(dir, 'd-binary.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, 'e-broken.html'), '<p>The the mayor <em>spoke<div></span>&amp <p');
    writeFileSync(
      path.join(dir, 'f-latin1.html'),
      Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Caf'), Buffer.from([0xe9]), Buffer.from(' the the menu.</p>')]),
    );
    writeFileSync(path.join(dir, 'g-good.md'), 'The the council met.\n');
    writeFileSync(path.join(dir, '~$g-good.docx'), Buffer.from([0x01, 0x02]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says why in one line each and checks the others', () => {
    const r = run(['check', '.'], dir);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stdout.split('\n'), [
      'a-locked.docx: not checked: password-protected Word file: save a copy without the password',
      'b-damaged.docx: not checked: damaged Word file (its zip directory is missing or cut short)',
      'c-not-word.docx: not checked: a zip archive, not a Word file (it holds no word/document.xml)',
      'd-binary.html: not checked: binary file (it contains NUL bytes); not checked',
      'e-broken.html',
      '  1:4  warning  “The” is repeated; remove one  repeated-word',
      '',
      'f-latin1.html',
      '  1:38  warning  “the” is repeated; remove one  repeated-word',
      '',
      'g-good.md',
      '  1:1  warning  “The” is repeated; remove one  repeated-word',
      '',
      '3 findings (0 errors, 3 warnings, 0 info, 0 hints) in 3 files; 4 not checked',
      '',
    ]);
  });
});
