// Words per second by format: each corpus article as a Markdown draft, as an HTML page (its quotation marks,
// apostrophes and dashes as character references, a page around it with a script and navigation) and as a Word file,
// all built at run time, checked by the engine in this thread one after another. The Word figure includes reading
// the .docx (unzipping, mammoth) and the HTML it becomes.
import { analyse } from '../../server/src/engine/analyse';
import { resolveOptions } from '../../server/src/engine/config';
import { docxToHtml } from '../../server/src/engine/formats/docx';
import { docxOf } from '../fixtures/formats/docx-writer';
import { rate, type CorpusText, type Throughput } from './throughput';

export interface FormatThroughput {
  markdown: Throughput;
  html: Throughput;
  docx: Throughput;
}

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '“': '&ldquo;',
  '”': '&rdquo;',
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '—': '&mdash;',
  '–': '&ndash;',
  '"': '&quot;',
  "'": '&#39;',
};

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The article as Markdown: its first line the headline, every other line a paragraph. */
export function asMarkdown(text: string): string {
  const [title, ...body] = lines(text);
  return title === undefined ? '' : [`# ${title}`, ...body].join('\n\n') + '\n';
}

/** The article as a CMS page. */
export function asHtml(text: string): string {
  const [title, ...body] = lines(text).map((l) => l.replace(/[&<>“”‘’—–"']/g, (c) => REFERENCES[c]));
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>',
    '<script>window.dataLayer = [{ section: "news" }];</script></head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav>',
    `<article><h1 class="entry-title">${title ?? ''}</h1>`,
    ...body.map((p) => `<p>${p}</p>`),
    '</article></body></html>',
  ].join('\n');
}

export async function formatThroughput(texts: CorpusText[]): Promise<FormatThroughput> {
  const markdown = texts.map((t) => asMarkdown(t.text));
  const html = texts.map((t) => asHtml(t.text));
  const docx = markdown.map((m) => docxOf(m));
  const words = texts.reduce((n, t) => n + t.words, 0);
  const md = resolveOptions('markdown').options;
  const page = resolveOptions('html').options;
  const run = {
    markdown: (i: number) => analyse(markdown[i], md).findings.length,
    html: (i: number) => analyse(html[i], page).findings.length,
    docx: async (i: number) => {
      const read = await docxToHtml(docx[i]);
      if ('error' in read) throw new Error(read.error);
      return analyse(read.html, page).findings.length;
    },
  };
  const formats = ['markdown', 'html', 'docx'] as const;
  for (let i = 0; i < Math.min(20, texts.length); i++) for (const f of formats) await run[f](i);
  // Article by article, the three formats in turn: a change of load on a shared machine weighs on all three alike.
  const ms = { markdown: 0, html: 0, docx: 0 };
  const findings = { markdown: 0, html: 0, docx: 0 };
  for (let i = 0; i < texts.length; i++) {
    for (const f of formats) {
      const started = performance.now();
      findings[f] += await run[f](i);
      ms[f] += performance.now() - started;
    }
  }
  return {
    markdown: rate(texts.length, words, ms.markdown, findings.markdown),
    html: rate(texts.length, words, ms.html, findings.html),
    docx: rate(texts.length, words, ms.docx, findings.docx),
  };
}
