import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine/analyse';
import { blocksOf } from '../../server/src/engine/blocks';
import { resolveOptions } from '../../server/src/engine/config';
import { htmlBlocks } from '../../server/src/engine/formats/html';

/** Each paragraph's kind, prose and source slice. */
const shape = (html: string) => htmlBlocks(html).paragraphs.map((p) => ({ kind: p.kind, text: p.text, slice: html.slice(p.start, p.end) }));

const findings = (html: string) =>
  analyse(html, resolveOptions('html').options).findings.map((f) => ({
    rule: f.rule,
    actual: f.actual,
    sliced: html.slice(f.start, f.end),
  }));

describe('HTML blocks', () => {
  it('reads paragraphs, headings, list items, block quotes and captions; the first h1 is the headline', () => {
    const html = [
      '<!doctype html><html><head><title>Not prose</title><meta name="x" content="the the"></head><body>',
      '<h1>Harbour plan approved</h1>',
      '<p>The council voted seven to two.</p>',
      '<h2>What comes next</h2>',
      '<ul><li>A second boat in June.</li><li>Work starts<ul><li>in May</li></ul></li></ul>',
      '<blockquote><p>We waited years.</p><ul><li>Still waiting.</li></ul></blockquote>',
      '<figure><img src="a.jpg" alt="not prose"><figcaption>The harbour at dawn.</figcaption></figure>',
      '<h1>A second h1</h1>',
      '</body></html>',
    ].join('\n');
    assert.deepEqual(
      shape(html).map((p) => [p.kind, p.text]),
      [
        ['headline', 'Harbour plan approved'],
        ['paragraph', 'The council voted seven to two.'],
        ['heading', 'What comes next'],
        ['list-item', 'A second boat in June.'],
        ['list-item', 'Work starts'],
        ['list-item', 'in May'],
        ['blockquote', 'We waited years.'],
        ['blockquote', 'Still waiting.'],
        ['paragraph', 'The harbour at dawn.'],
        ['heading', 'A second h1'],
      ],
    );
  });

  it('skips scripts, styles, navigation, embeds, frames, code and hidden elements', () => {
    const html = [
      '<nav><p>Home</p></nav><div role="navigation">Sections</div>',
      '<script>document.write("<p>the the</p>")</script><style>p::after { content: "x" }</style>',
      '<blockquote class="twitter-tweet"><p>A post</p></blockquote>',
      '<figure class="wp-block-embed is-type-video"><div>https://example.com/v</div></figure>',
      '<iframe src="x"></iframe><noscript><p>Enable scripts</p></noscript><template><p>Later</p></template>',
      '<pre>code block</pre><p>Run <code>make all</code> now.</p>',
      '<p hidden>Hidden</p><span aria-hidden="true">icon</span>',
      '<form><label>Email</label></form>',
      '<p>Prose stays.</p>',
    ].join('');
    assert.deepEqual(
      shape(html).map((p) => p.text),
      ['Run  now.', 'Prose stays.'],
    );
  });

  it('decodes references and drops tags, with the source slice covering them exactly', () => {
    const html = '<p>  Mr <em>Kamara</em> didn&rsquo;t say &ldquo;no&#8221; &amp; left&hellip;  </p>';
    assert.deepEqual(shape(html), [
      {
        kind: 'paragraph',
        text: 'Mr Kamara didn’t say “no” & left…',
        slice: 'Mr <em>Kamara</em> didn&rsquo;t say &ldquo;no&#8221; &amp; left&hellip;',
      },
    ]);
  });

  it('reads legacy references without a semicolon and leaves unknown ones as written', () => {
    const html = '<p>AT&T &copy 2025 &notit; R&D; &#x41;&#66 &nbsp;x</p>';
    assert.deepEqual(
      shape(html).map((p) => p.text),
      ['AT&T © 2025 ¬it; R&D; AB \u00a0x'],
    );
  });

  it('keeps CR LF as written, drops NUL, and reads loose text in containers but not in table cells', () => {
    const html =
      '<div>Loose text\r\nacross lines.<p>A paragraph.</p>More loose\u0000 text.</div><table><tr><td>3</td><td><p>In a cell.</p></td></tr></table>';
    assert.deepEqual(shape(html), [
      { kind: 'paragraph', text: 'Loose text\r\nacross lines.', slice: 'Loose text\r\nacross lines.' },
      { kind: 'paragraph', text: 'A paragraph.', slice: 'A paragraph.' },
      { kind: 'paragraph', text: 'More loose text.', slice: 'More loose\u0000 text.' },
      { kind: 'paragraph', text: 'In a cell.', slice: 'In a cell.' },
    ]);
  });

  it('reads one line break as a line break and two as the end of a paragraph', () => {
    const html = '<p>First line<br>second line.<br/>\n<br>A new paragraph.</p>';
    assert.deepEqual(shape(html), [
      { kind: 'paragraph', text: 'First line\nsecond line.', slice: 'First line<br>second line.' },
      { kind: 'paragraph', text: 'A new paragraph.', slice: 'A new paragraph.' },
    ]);
  });

  it('reads suppression comments, in force from the end of the comment', () => {
    const html = '<p>The deal was signed.</p><!-- copydesk-disable-next-line passive-voice --><p>The bill was signed.</p><!-- a note -->';
    const blocks = htmlBlocks(html);
    assert.deepEqual(
      blocks.directives.map((d) => [d.kind, d.rules, html.slice(d.start, d.end), d.at]),
      [['disable-next-line', ['passive-voice'], '<!-- copydesk-disable-next-line passive-voice -->', html.indexOf('<p>The bill')]],
    );
    assert.deepEqual(
      findings(html).map((f) => [f.rule, f.actual]),
      [['passive-voice', 'was signed']],
    );
    assert.equal(findings(html)[0].sliced, 'was signed');
  });

  it('survives broken markup and deep nesting', () => {
    assert.deepEqual(
      shape('<p>Unclosed <em>emphasis<p>Next para</div></span> & <b>bold').map((p) => p.text),
      ['Unclosed emphasis', 'Next para & bold'],
    );
    const deep = '<div>'.repeat(20_000) + '<p>Deep <em>inside</em>.</p>' + '</div>'.repeat(20_000);
    assert.deepEqual(shape(deep), [{ kind: 'paragraph', text: 'Deep inside.', slice: 'Deep <em>inside</em>.' }]);
    assert.deepEqual(shape(''), []);
    assert.deepEqual(shape('<!-- unterminated comment <p>never</p>'), []);
  });

  it('is what blocksOf reads for the html format, with or without a memo', () => {
    const html = '<h1>Title</h1><p>Body text.</p>';
    const cache = resolveOptions('html').options;
    assert.equal(cache.format, 'html');
    assert.deepEqual(blocksOf(html, 'html').paragraphs, htmlBlocks(html).paragraphs);
  });
});

describe('findings on HTML', () => {
  it('cover the exact characters, tags and references included, and fixes edit only text', () => {
    const html = [
      '<h1>Ferry strike ends</h1>',
      '<p>Mr Kamara spoke on Monday. Mr Kamara left early.</p>',
      '<p>Later Mr Kam<em>arra</em> said the the deal was signed by the union at a hour&rsquo;s notice.</p>',
      '<p>&ldquo;We are back.&rdquo;</p>',
    ].join('\n');
    const found = analyse(html, resolveOptions('html').options).findings;
    assert.deepEqual(
      found.map((f) => [
        f.rule,
        f.actual,
        html.slice(f.start, f.end),
        (f.fixes ?? []).map((x) => x.edits.map((e) => [html.slice(e.start, e.end), e.newText])),
      ]),
      [
        ['name-inconsistent', 'Kam<em>arra', 'Kam<em>arra', []],
        ['repeated-word', 'the the', 'the the', [[['the the', 'the']]]],
        ['passive-voice', 'was signed by the union', 'was signed by the union', []],
        ['indefinite-article', 'a', 'a', [[['a', 'an']]]],
        [
          'quote-floating',
          '&ldquo;We are back.&rdquo;',
          '&ldquo;We are back.&rdquo;',
          [
            [
              ['.', ','],
              ['', ' Kamarra said.'],
            ],
          ],
        ],
      ],
    );
  });

  it('escape a fix for HTML', () => {
    const html = '<p>The firm AT and T said so.</p>';
    const options = resolveOptions('html', {}, { terms: [{ use: 'AT&T', instead: ['AT and T'] }] }).options;
    const found = analyse(html, options).findings.filter((f) => f.rule === 'house-style');
    assert.deepEqual(
      found.map((f) => [f.actual, f.fixes?.[0].edits.map((e) => e.newText)]),
      [['AT and T', ['AT&amp;T']]],
    );
  });
});
