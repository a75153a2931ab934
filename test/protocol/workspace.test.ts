// The language server against a hostile workspace (issue 14): "record the preferred form" through a link out of the
// workspace, framing errors, stale versions, an undecodable URI, the nearest house style. The slow cases (a house
// style linked to a device, slow drafts, the check budget) are in test/stress/slow-drafts.test.ts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SERVER, fileUri, open, startServer, type Harness } from './harness';

const change = (h: Harness, uri: string, version: number, text: string) =>
  h.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
const KIEV = 'The delegation flew to Kiev on Monday.\n';

describe('language server: recording the preferred form', () => {
  let root: string;
  let workspace: string;
  let outside: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'copydesk-record-'));
    workspace = path.join(root, 'repo');
    outside = path.join(root, 'elsewhere.json');
    mkdirSync(workspace);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function record(h: Harness, draft: string): Promise<string[]> {
    const messages: string[] = [];
    h.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      messages.push(p.message);
      return null;
    });
    await h.connection.sendRequest('workspace/executeCommand', {
      command: 'copydesk.recordPreferredName',
      arguments: [fileUri(draft), 'Greaves', 'Greves'],
    });
    return messages;
  }

  it('refuses to write through a link that leads out of the workspace, and leaves that file as it was', async () => {
    writeFileSync(outside, '{"names": []}\n');
    symlinkSync(outside, path.join(workspace, '.copydesk.json'));
    const h = await startServer({ workspaceFolder: workspace, initializationOptions: { debounceMs: 0 } });
    try {
      const messages = await record(h, path.join(workspace, 'draft.md'));
      assert.deepEqual(h.applied, []);
      assert.deepEqual(messages, [
        `Copydesk: the preferred form was not recorded: ${path.join(workspace, '.copydesk.json')} leads outside the workspace folder (to ${outside}); Copydesk does not write there.`,
      ]);
      assert.equal(readFileSync(outside, 'utf8'), '{"names": []}\n');
    } finally {
      await h.stop();
      rmSync(path.join(workspace, '.copydesk.json'));
    }
  });

  it('writes to the file a link inside the workspace leads to', async () => {
    mkdirSync(path.join(workspace, 'style'));
    writeFileSync(path.join(workspace, 'style', 'house.json'), '{"names": []}\n');
    symlinkSync('style/house.json', path.join(workspace, '.copydesk.json'));
    const h = await startServer({ workspaceFolder: workspace, initializationOptions: { debounceMs: 0 } });
    try {
      assert.deepEqual(await record(h, path.join(workspace, 'draft.md')), []);
      const edit = h.applied[0].edit as { documentChanges: { textDocument: { uri: string } }[] };
      assert.deepEqual(
        edit.documentChanges.map((c) => c.textDocument.uri),
        [fileUri(path.join(workspace, 'style', 'house.json'))],
      );
    } finally {
      await h.stop();
    }
  });
});

describe('language server: framing errors', () => {
  /** Starts the server, sends `bytes` after an initialize request, and waits for it to exit. */
  function sendRaw(bytes: Buffer): Promise<{ code: number | null; stderr: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.stdout.resume();
      const started = performance.now();
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the server did not exit; stderr: ${stderr}`));
      }, 10_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr, ms: performance.now() - started });
      });
      const message = (body: object) => {
        const json = Buffer.from(JSON.stringify(body));
        return Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`), json]);
      };
      child.stdin.write(
        message({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
      );
      child.stdin.write(bytes);
      child.stdin.write(message({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    });
  }

  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  const cases: [string, Buffer][] = [
    ['a stray line break between two messages', Buffer.from('\r\n')],
    ['a short Content-Length', Buffer.concat([Buffer.from(`Content-Length: ${body.length - 10}\r\n\r\n`), body])],
    ['garbage bytes', Buffer.from('\u0000\u00ff garbage\r\n\r\n')],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: the server says so and exits non-zero, so the editor restarts it`, async () => {
      const { code, stderr } = await sendRaw(bytes);
      assert.equal(code, 1);
      assert.match(stderr, /^Copydesk: the language server cannot read the editor's messages and exits: /m);
    });
  }
});

describe('language server: stale versions and undecodable URIs', () => {
  let h: Harness;
  before(async () => {
    h = await startServer({ initializationOptions: { debounceMs: 0 } });
  });
  after(() => h.stop());

  it('ignores an edit whose version is not after the last, and says so', async () => {
    const uri = 'untitled:versions.md';
    let next = h.nextDiagnostics(uri, (p) => p.version === 5);
    await open(h, uri, 'The board met on Monday.\n', 'markdown', 5);
    assert.deepEqual((await next).diagnostics, []);
    await change(h, uri, 3, 'It was decided by the board.\n');
    next = h.nextDiagnostics(uri, (p) => p.version === 6);
    await change(h, uri, 6, 'The board met on Tuesday.\n');
    assert.deepEqual((await next).diagnostics, []);
    assert.deepEqual(
      h.published.filter((p) => p.uri === uri).map((p) => p.version),
      [5, 6],
    );
    assert.ok(
      h.logs.includes(`Copydesk: ignored an edit to ${uri} numbered 3, not after the version 5 it already has.`),
      h.logs.join('\n'),
    );
  });

  it('answers a report request for a URI with a malformed % escape', async () => {
    const uri = 'file:///tmp/copydesk-test/100%-fare-rise.md';
    const next = h.nextDiagnostics(uri);
    await open(h, uri, 'Fares rise\n\nThe board met on Monday.\n');
    await next;
    const report = (await h.connection.sendRequest('copydesk/draftReport', { uri, nonce: 'n' })) as { html: string } | null;
    assert.ok(report?.html.includes('<title>Draft report: 100%-fare-rise.md</title>'), report?.html.slice(0, 400));
  });
});

describe('language server: a workspace-shaped house style', () => {
  it('takes the nearest .copydesk.json above a draft, no higher than the workspace folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'copydesk-nearest-'));
    const ws = path.join(root, 'ws');
    mkdirSync(path.join(ws, 'desk'), { recursive: true });
    // Above the workspace: never read by the server.
    writeFileSync(
      path.join(root, '.copydesk.json'),
      JSON.stringify({ rules: { 'house-style': 'error' }, terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }),
    );
    writeFileSync(path.join(ws, 'desk', '.copydesk.json'), JSON.stringify({ terms: [{ use: 'Kyiv', instead: ['Kiev'] }] }));
    const h = await startServer({ workspaceFolder: ws, initializationOptions: { debounceMs: 0 } });
    try {
      const top = fileUri(path.join(ws, 'top.txt'));
      const inner = fileUri(path.join(ws, 'desk', 'inner.txt'));
      const a = h.nextDiagnostics(top);
      await open(h, top, KIEV, 'plaintext');
      assert.deepEqual((await a).diagnostics, []);
      const b = h.nextDiagnostics(inner);
      await open(h, inner, KIEV, 'plaintext');
      assert.deepEqual(
        (await b).diagnostics.map((d) => [d.code, d.severity]),
        [['house-style', 2]],
      );
    } finally {
      await h.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
