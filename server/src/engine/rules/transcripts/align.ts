// Word-level alignment of one stretch of a quote with a window of a transcript: the quote's words must all be
// placed, the transcript's words before and after the passage cost nothing. Substituted, dropped and added words
// cost one each.

export type WordOp =
  | { op: 'same'; quote: number; transcript: number }
  | { op: 'changed'; quote: number; transcript: number }
  | { op: 'added'; quote: number }
  | { op: 'dropped'; transcript: number };

export interface Alignment {
  cost: number;
  /** Transcript word indexes (into the window's array) of the passage: [first, end). */
  first: number;
  end: number;
  ops: WordOp[];
}

/** Aligns `quote` inside `window` (both normalised words). O(quote × window). */
export function alignInside(quote: readonly string[], window: readonly string[]): Alignment {
  const n = quote.length;
  const m = window.length;
  // cost[i][j]: quote[0..i) placed, the passage ending at window j.
  const cost = new Uint16Array((n + 1) * (m + 1));
  const W = m + 1;
  for (let i = 1; i <= n; i++) cost[i * W] = i;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const same = quote[i - 1] === window[j - 1] ? 0 : 1;
      const diag = cost[(i - 1) * W + j - 1] + same;
      const up = cost[(i - 1) * W + j] + 1; // quote word added
      const left = cost[i * W + j - 1] + 1; // transcript word dropped
      cost[i * W + j] = Math.min(diag, up, left);
    }
  }
  let bestJ = 0;
  for (let j = 1; j <= m; j++) if (cost[n * W + j] < cost[n * W + bestJ]) bestJ = j;
  const ops: WordOp[] = [];
  let i = n;
  let j = bestJ;
  while (i > 0) {
    const here = cost[i * W + j];
    if (j > 0 && here === cost[(i - 1) * W + j - 1] + (quote[i - 1] === window[j - 1] ? 0 : 1)) {
      ops.push(
        quote[i - 1] === window[j - 1]
          ? { op: 'same', quote: i - 1, transcript: j - 1 }
          : { op: 'changed', quote: i - 1, transcript: j - 1 },
      );
      i--;
      j--;
    } else if (here === cost[(i - 1) * W + j] + 1) {
      ops.push({ op: 'added', quote: i - 1 });
      i--;
    } else {
      ops.push({ op: 'dropped', transcript: j - 1 });
      j--;
    }
  }
  ops.reverse();
  // Drops at the passage's edges are words outside it.
  while (ops.length && ops[0].op === 'dropped') ops.shift();
  const firstSame = ops.find((o) => o.op !== 'added') as { transcript: number } | undefined;
  return { cost: cost[n * W + bestJ], first: firstSame ? firstSame.transcript : j, end: bestJ, ops };
}
