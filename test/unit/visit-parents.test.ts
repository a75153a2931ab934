// The bundle replaces unist-util-visit-parents with server/src/engine/visitParents.ts: both must make the same calls,
// with the same arguments, in the same order, and stop or throw the same way, whatever the visitors return.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import * as upstream from 'unist-util-visit-parents';
import * as ours from '../../server/src/engine/visitParents';

interface TestNode extends Node {
  id: number;
  children?: TestNode[];
}

const tree = fc.letrec<{ node: TestNode }>((tie) => ({
  node: fc.record(
    {
      type: fc.constantFrom('A', 'B', 'C'),
      id: fc.nat(),
      children: fc.array(tie('node'), { maxLength: 4 }),
    },
    { requiredKeys: ['type', 'id'] },
  ),
})).node;

// What a visitor returns on its k-th call: each kind upstream accepts, including indexes that move the walk.
type Reply = 'nothing' | 'continue' | 'skip' | 'exit' | 'tuple-continue' | 'tuple-skip' | 'forward' | 'back' | 'tuple-index';
const replies = fc.array(
  fc.constantFrom<Reply>('nothing', 'continue', 'skip', 'exit', 'tuple-continue', 'tuple-skip', 'forward', 'back', 'tuple-index'),
  { minLength: 1, maxLength: 8 },
);

const tests = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'A',
  ['A', 'C'],
  { type: 'B' },
  (_node: Node, index?: number) => (index ?? 0) % 2 === 0,
);

type Module = typeof ours;

function walk(
  module: Module,
  root: TestNode,
  check: unknown,
  enterReplies: Reply[],
  exitReplies: Reply[] | null,
  reverse: boolean,
  form: 'enter' | 'visitors',
): unknown[] {
  const log: unknown[] = [];
  let calls = 0;
  const reply = (script: Reply[], index: number | undefined) => {
    if (++calls > 500) throw new Error('walk loops');
    const r = script[calls % script.length];
    const i = index ?? 0;
    switch (r) {
      case 'nothing':
        return undefined;
      case 'continue':
        return module.CONTINUE;
      case 'skip':
        return module.SKIP;
      case 'exit':
        return module.EXIT;
      case 'tuple-continue':
        return [module.CONTINUE];
      case 'tuple-skip':
        return [module.SKIP];
      case 'forward':
        return i + 2;
      case 'back':
        return i - 2;
      case 'tuple-index':
        return [module.SKIP, i + 1];
    }
  };
  const visitor = (phase: string, script: Reply[]) => (node: Node, parents: Parent[], index?: number) => {
    log.push([phase, (node as TestNode).id, parents.map((p) => (p as unknown as TestNode).id), index]);
    return reply(script, index);
  };
  const enter = visitor('enter', enterReplies);
  const visitors = exitReplies ? { enter, exit: visitor('exit', exitReplies) } : enter;
  const run = module.visitParents as unknown as (...args: unknown[]) => undefined;
  try {
    if (form === 'enter' && !exitReplies && check === undefined) run(root, visitors, reverse);
    else run(root, check, visitors, reverse);
  } catch (error) {
    log.push(['threw', (error as Error).message]);
  }
  return log;
}

test('visitParents makes the same calls as unist-util-visit-parents on any tree, test and visitor replies', () => {
  fc.assert(
    fc.property(
      tree,
      tests,
      replies,
      fc.option(replies),
      fc.boolean(),
      fc.constantFrom<'enter' | 'visitors'>('enter', 'visitors'),
      (root, check, enterReplies, exitReplies, reverse, form) => {
        const expected = walk(upstream as unknown as Module, root, check, enterReplies, exitReplies, reverse, form);
        const actual = walk(ours, root, check, enterReplies, exitReplies, reverse, form);
        assert.deepEqual(actual, expected);
      },
    ),
    { numRuns: 2000 },
  );
});

test("visitParents walks a known tree in document order with each node's ancestors and index", () => {
  const leaf = (id: number): TestNode => ({ type: 'C', id });
  const root: TestNode = { type: 'A', id: 1, children: [{ type: 'B', id: 2, children: [leaf(3), leaf(4)] }, leaf(5)] };
  const seen: [number, number[], number | undefined][] = [];
  ours.visitParents(root, 'C', (node, parents, index) => {
    seen.push([(node as TestNode).id, parents.map((p) => (p as unknown as TestNode).id), index]);
  });
  assert.deepEqual(seen, [
    [3, [1, 2], 0],
    [4, [1, 2], 1],
    [5, [1], 1],
  ]);
});

test('visitParents rejects what upstream rejects, with the same messages', () => {
  for (const args of [
    [null, () => undefined],
    [{ type: 'A' }, 'A', 42],
    [{ type: 'A' }, { enter: 1, exit: () => undefined }],
    [{ type: 'A' }, { enter: () => undefined }],
  ]) {
    const message = (module: Module) => {
      try {
        (module.visitParents as unknown as (...a: unknown[]) => void)(...args);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    assert.equal(message(ours), message(upstream as unknown as Module));
    assert.notEqual(message(ours), 'no error');
  }
});
