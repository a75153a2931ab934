// Strategy: a name of several words written with its last word in lower case ("Coastal shield" where the draft
// writes "Coastal Shield" throughout).

import type { MatchContext } from '../context';
import type { Occurrence } from '../occurrences';

/** The whole name is written at least this often where its capitals are evidence (not a headline, not only a
 * sentence start), and at least this many times as often as the lower-case ending. */
const MIN_WHOLE = 2;
const RATIO = 2;

export function linkLowerCaseTails({ collected, table }: MatchContext): void {
  for (const text of collected.tailMatches()) {
    const whole = collected.runsOf(text);
    const strong = whole.filter((r) => !r.headline && !r.words.every((w) => w.weak));
    const tails: Occurrence[] = [];
    for (const run of collected.tailsOf(text)) {
      const o = run.withTail;
      if (o !== undefined && !o.headline) tails.push(o);
    }
    if (tails.length === 0 || strong.length < MIN_WHOLE || strong.length < tails.length * RATIO) continue;
    const wholeForm = table.formWith(
      'name',
      text,
      whole.map((r) => ({
        text: r.text,
        start: r.start,
        end: r.end,
        weak: r.words.some((w) => !!w.weak),
        inQuote: !!r.words[0].inQuote,
        headline: r.headline,
        paragraph: r.paragraph,
        sentence: r.sentence,
      })),
    );
    table.link(wholeForm, table.formWith('name', tails[0].text, tails));
  }
}
