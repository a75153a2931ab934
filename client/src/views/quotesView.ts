import * as vscode from 'vscode';
import type { DraftFacts, DraftSummary, QuoteItem, SourceKind } from '../../../server/src/protocol';
import { plural, quoteStatusLabel, shorten } from '../format';
import { DraftTree, revealCommand } from './draftTree';

export const QUOTES_VIEW = 'copydesk.quotes';

interface SpeakerGroup {
  kind: 'group';
  /** null: the "Unattributed" group; 'scare': scare quotes, which credit nobody and need nobody. */
  speaker: string | null | typeof SCARE;
  quotes: QuoteNode[];
}

/** The speakers of one kind of source (named people, unnamed people, bodies, documents). */
interface KindGroup {
  kind: 'kind';
  sourceKind: SourceKind;
  speakers: SpeakerGroup[];
  quotes: number;
}

interface QuoteNode {
  kind: 'quote';
  uri: string;
  quote: QuoteItem;
}

type Node = KindGroup | SpeakerGroup | QuoteNode;

const SCARE = Symbol('scare');

const KIND_ORDER: readonly SourceKind[] = ['named', 'unnamed', 'body', 'document', 'unresolved'];
const KIND_LABELS: Record<SourceKind, string> = {
  named: 'Named people',
  unnamed: 'Unnamed people',
  body: 'Bodies',
  document: 'Documents',
  unresolved: 'Not resolved (a pronoun)',
};
const KIND_ICONS: Record<SourceKind, string> = {
  named: 'person',
  unnamed: 'eye-closed',
  body: 'organization',
  document: 'file-text',
  unresolved: 'question',
};

/** Quotes of the current draft: "Unattributed" first, then the speakers grouped by kind of source (named people,
 * unnamed people, bodies, documents) in order of first quote, scare quotes last. */
export class QuotesView extends DraftTree<Node> {
  private groups: (KindGroup | SpeakerGroup)[] = [];

  protected rebuild(facts: DraftFacts | undefined): void {
    this.groups = facts ? groupQuotes(facts) : [];
  }

  protected badge({ unattributedQuotes: n }: DraftSummary): vscode.ViewBadge | undefined {
    return n > 0 ? { value: n, tooltip: plural(n, 'unattributed quote') } : undefined;
  }

  protected emptyMessage(facts: DraftFacts): string | undefined {
    return facts.quotes.length === 0 ? 'No quotes in this draft.' : undefined;
  }

  getChildren(element?: Node): Node[] {
    if (!element) return this.groups;
    if (element.kind === 'kind') return element.speakers;
    return element.kind === 'group' ? element.quotes : [];
  }

  getTreeItem(element: Node): vscode.TreeItem {
    if (element.kind === 'kind') {
      const item = new vscode.TreeItem(KIND_LABELS[element.sourceKind], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `kind:${element.sourceKind}`;
      item.description = `${plural(element.speakers.length, 'source')}, ${plural(element.quotes, 'quote')}`;
      item.contextValue = 'sourceKindGroup';
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[element.sourceKind]);
      return item;
    }
    if (element.kind === 'group') {
      const label = element.speaker === null ? 'Unattributed' : element.speaker === SCARE ? 'Scare quotes' : element.speaker;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${element.speaker === SCARE ? '#scare' : (element.speaker ?? '#none')}`;
      item.description = plural(element.quotes.length, 'quote');
      item.contextValue = element.speaker === null ? 'unattributedGroup' : 'speakerGroup';
      item.iconPath =
        element.speaker === null
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon(element.speaker === SCARE ? 'symbol-string' : 'person');
      return item;
    }
    const { quote, uri } = element;
    const item = new vscode.TreeItem(shorten(quote.text), vscode.TreeItemCollapsibleState.None);
    item.description = quote.status === 'attributed' ? undefined : quote.status;
    item.tooltip = new vscode.MarkdownString()
      .appendText(quote.text)
      .appendMarkdown(`\n\n*${quoteStatusLabel(quote.status)}* · line ${quote.range.start.line + 1}`);
    item.iconPath = quoteIcon(quote);
    item.contextValue = `quote.${quote.status}`;
    item.command = revealCommand(uri, quote.range);
    return item;
  }
}

function quoteIcon(quote: QuoteItem): vscode.ThemeIcon {
  switch (quote.status) {
    case 'unattributed':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'floating':
      return new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground'));
    case 'scare':
      return new vscode.ThemeIcon('symbol-string');
    default:
      return new vscode.ThemeIcon('quote');
  }
}

function groupQuotes(facts: DraftFacts): (KindGroup | SpeakerGroup)[] {
  const unattributed: SpeakerGroup = { kind: 'group', speaker: null, quotes: [] };
  const scare: SpeakerGroup = { kind: 'group', speaker: SCARE, quotes: [] };
  const bySpeaker = new Map<string, SpeakerGroup>();
  const byKind = new Map<SourceKind, KindGroup>(KIND_ORDER.map((k) => [k, { kind: 'kind', sourceKind: k, speakers: [], quotes: 0 }]));
  for (const quote of facts.quotes) {
    const node: QuoteNode = { kind: 'quote', uri: facts.uri, quote };
    if (quote.status === 'scare') scare.quotes.push(node);
    else if (quote.speaker === null) unattributed.quotes.push(node);
    else {
      let group = bySpeaker.get(quote.speaker);
      if (!group) {
        bySpeaker.set(quote.speaker, (group = { kind: 'group', speaker: quote.speaker, quotes: [] }));
        byKind.get(quote.sourceKind ?? 'unresolved')!.speakers.push(group);
      }
      group.quotes.push(node);
      byKind.get(quote.sourceKind ?? 'unresolved')!.quotes++;
    }
  }
  const kinds = [...byKind.values()].filter((k) => k.speakers.length > 0);
  return [unattributed, ...kinds, scare].filter((g) => g.kind === 'kind' || g.quotes.length > 0);
}
