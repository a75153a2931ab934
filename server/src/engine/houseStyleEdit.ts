import { applyEdits, modify, parseTree, findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export const NEW_HOUSE_STYLE = '{\n  "rules": {},\n  "names": []\n}\n';

/** Returns the house style text with `variant` recorded under the preferred name (created when missing), keeping
 * the rest of the file as it was written. */
export function addPreferredName(jsonText: string, preferred: string, variant: string): string {
  const text = jsonText.trim() === '' ? NEW_HOUSE_STYLE : jsonText;
  const tree = parseTree(text);
  const names = tree ? findNodeAtLocation(tree, ['names']) : undefined;
  if (!names || names.type !== 'array') {
    return applyEdits(text, modify(text, ['names'], [{ preferred, variants: [variant] }], FORMAT));
  }
  const entries = names.children ?? [];
  const index = entries.findIndex((e: JsonNode) => e.type === 'object' && findNodeAtLocation(e, ['preferred'])?.value === preferred);
  if (index < 0) {
    return applyEdits(
      text,
      modify(text, ['names', entries.length], { preferred, variants: [variant] }, { ...FORMAT, isArrayInsertion: true }),
    );
  }
  const variants = findNodeAtLocation(entries[index], ['variants']);
  const known = (variants?.children ?? []).map((v) => v.value);
  if (known.includes(variant)) return text;
  if (!variants || variants.type !== 'array') {
    return applyEdits(text, modify(text, ['names', index, 'variants'], [variant], FORMAT));
  }
  return applyEdits(text, modify(text, ['names', index, 'variants', known.length], variant, { ...FORMAT, isArrayInsertion: true }));
}
