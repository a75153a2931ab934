import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTION_CHARS, sectionStarts } from '../../server/src/cli/sections';

describe('sections of a long HTML page', () => {
  it('start at a line that opens a block, never inside a script, a style or a comment', () => {
    const paragraph = `<p>${'The council met on Monday and agreed the budget. '.repeat(40)}</p>\n`;
    const fill = (chars: number) => paragraph.repeat(Math.ceil(chars / paragraph.length));
    // Blocks inside a script, a style and a comment straddle the places where a section must end.
    const inside = (open: string, close: string) => `${open}\n${'<p>not a block of the page</p>\n'.repeat(2_000)}${close}\n`;
    const page = [
      fill(SECTION_CHARS - 30_000),
      inside('<script>', '</script>'),
      fill(SECTION_CHARS - 60_000),
      inside('<!--', '-->'),
      fill(SECTION_CHARS - 60_000),
      inside('<style>', '</style>'),
      fill(10_000),
    ].join('');
    const starts = sectionStarts(page, 'html');
    assert.equal(starts.length, 4);
    starts.forEach((s, i) => {
      if (i > 0) assert.ok(page.startsWith('<p>The council', s), `a section starts at ${JSON.stringify(page.slice(s, s + 30))}`);
      const end = starts[i + 1] ?? page.length;
      assert.ok(end - s <= SECTION_CHARS + paragraph.length);
    });
  });
});
