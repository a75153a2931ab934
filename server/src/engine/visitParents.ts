// A drop-in for unist-util-visit-parents 6 (same exports, same order of calls, same arguments), put in its place by
// the bundler (`--alias` in package.json's build scripts) for the retext plugins that walk each paragraph.
//
// Why: upstream gives every node's visit function a name for stack traces, which costs a closure, two strings and a
// property definition per node. On a one-word edit that was a sixth of the engine's time and a third of what it
// allocated (hence of the garbage collections that make the slowest edits). test/unit/visit-parents.test.ts
// compares this module with upstream call by call.
import { convert, type Test } from 'unist-util-is';
import type { Node, Parent } from 'unist';

export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
type ActionTuple = [(Action | null | undefined | void)?, (number | null | undefined)?];
type VisitorResult = Action | ActionTuple | number | null | undefined | void;
type Visitor = (node: Node, ancestors: Parent[], index?: number) => VisitorResult;
interface Visitors {
  enter?: Visitor | null;
  exit: Visitor;
}

const EMPTY: ActionTuple = [];

export function visitParents(
  tree: Node,
  test: Test | Visitor | Visitors,
  visitor?: Visitor | Visitors | boolean | null,
  reverse?: boolean | null,
): undefined {
  if (!tree || typeof tree !== 'object') throw new Error('Unexpected value `' + String(tree) + '` for `tree`, expected node');
  let preorder = true;
  let check: Test;
  let visitors: unknown;
  if (typeof visitor === 'function' || (visitor && typeof visitor === 'object')) {
    check = test as Test;
    visitors = visitor;
    if (reverse) preorder = false;
  } else {
    visitors = test;
    if (visitor) preorder = false;
  }

  let enter: Visitor | undefined;
  let exit: Visitor | undefined;
  if (typeof visitors === 'function') {
    enter = visitors as Visitor;
  } else if (visitors && typeof visitors === 'object') {
    const given = visitors as { enter?: unknown; exit?: unknown };
    if (given.enter !== null && given.enter !== undefined) {
      if (typeof given.enter !== 'function')
        throw new Error('Unexpected value `' + String(given.enter) + '` for `visitors.enter`, expected optional visitor');
      enter = given.enter as Visitor;
    }
    if (typeof given.exit !== 'function') {
      throw new Error(
        'Unexpected value `' +
          String(given.exit) +
          '` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)',
      );
    }
    exit = given.exit as Visitor;
  } else {
    throw new Error('Unexpected value `' + String(visitors) + '` for `enter` or `visitors`, expected visitor or object with visitors');
  }

  const is = typeof check === 'string' ? typeTest(check) : convert(check);
  const step = preorder ? 1 : -1;

  // `matches` is the test's verdict on `node`, given by the caller: a parent tests each child before walking it.
  const one = (node: Node, index: number | undefined, parents: Parent[], matches: boolean): ActionTuple => {
    let result = EMPTY;
    if (enter && matches) {
      result = toResult(enter(node, parents, index));
      if (result[0] === EXIT) return result;
    }
    const children = (node as Partial<Parent>).children;
    if (children && result[0] !== SKIP) {
      let offset = (preorder ? -1 : children.length) + step;
      // Made on first use: a leaf the test rejects (a word's text, when the walk is for words) is tested and passed
      // over, so nothing can see an ancestor list for it.
      let grandparents: Parent[] | undefined;
      while (offset > -1 && offset < children.length) {
        const child = children[offset];
        const childMatches = !check || is(child, offset, node as Parent);
        if (!childMatches && !(child as Partial<Parent>).children) {
          offset += step;
          continue;
        }
        grandparents ??= [...parents, node as Parent];
        const subresult = one(child, offset, grandparents, childMatches);
        if (subresult[0] === EXIT) return subresult;
        offset = typeof subresult[1] === 'number' ? subresult[1] : offset + step;
      }
    }
    if (exit && matches) {
      const exitResult = toResult(exit(node, parents, index));
      if (exitResult[0] === SKIP) {
        throw new Error('Unexpected value `' + String(exitResult[0]) + '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing');
      }
      if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') return exitResult;
    }
    return result;
  };

  one(tree, undefined, [], !check || is(tree, undefined, undefined));
  return undefined;
}

/** What unist-util-is makes of a type name (a node, of that type), without its generic wrappers: the plugins walk
 * every paragraph looking for one type. */
function typeTest(type: string): (value: unknown) => boolean {
  return (value) => value !== null && typeof value === 'object' && 'type' in value && value.type === type;
}

function toResult(value: VisitorResult): ActionTuple {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [CONTINUE, value];
  if (value === null || value === undefined) return EMPTY;
  return value === SKIP ? SKIP_TUPLE : [value];
}

// Tuples are only read, never kept or changed: repeated-words answers SKIP for every sentence.
const SKIP_TUPLE: ActionTuple = [SKIP];
