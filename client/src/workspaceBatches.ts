// The plain part of "Copydesk: Check All Drafts in Workspace" (no vscode API, so it is unit-tested): which file
// names each language's drafts have, and sending the drafts in batches with progress and cancellation.

/** File name endings of the drafts of each language Copydesk may check. */
const EXTENSIONS: Record<string, string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  plaintext: ['txt', 'text'],
  'news-draft': ['draft'],
  html: ['html', 'htm', 'xhtml'],
};

/** A glob for the files of the languages given (null when none of them has files Copydesk knows). */
export function draftGlob(languages: readonly string[]): string | null {
  const endings = [...new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []))];
  return endings.length === 0 ? null : `**/*.{${endings.join(',')}}`;
}

/** Files per request: enough to keep every core of the server busy, few enough to show progress and stop soon. */
export const BATCH = 16;
/** Requests in flight: the next batch is queued while one is being checked, so the workers never wait. */
export const IN_FLIGHT = 2;

export interface BatchTotals {
  checked: number;
  notChecked: { uri: string; reason: string }[];
  counts: { error: number; warning: number; info: number; hint: number };
}

/** Sends `items` in batches of BATCH, IN_FLIGHT at a time, reporting each batch done; stops sending when
 * `cancelled()` says so. Returns the totals of the batches that finished. */
export async function inBatches<T>(
  items: readonly T[],
  send: (batch: T[]) => Promise<BatchTotals>,
  progress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<BatchTotals & { done: number }> {
  const totals: BatchTotals & { done: number } = {
    done: 0,
    checked: 0,
    notChecked: [],
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
  };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !cancelled()) {
      const batch = items.slice(next, next + BATCH);
      next += batch.length;
      const r = await send(batch);
      if (cancelled()) return;
      totals.done += batch.length;
      totals.checked += r.checked;
      totals.notChecked.push(...r.notChecked);
      for (const k of ['error', 'warning', 'info', 'hint'] as const) totals.counts[k] += r.counts[k];
      progress(totals.done, items.length);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  return totals;
}
