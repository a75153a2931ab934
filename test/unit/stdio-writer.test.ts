import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { test } from 'node:test';
import { StdioMessageWriter } from '../../server/src/lsp/stdioWriter';

test('the stdio writer frames each message whole, in the order sent, with its byte length', async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new StdioMessageWriter(out);
  await Promise.all([
    writer.write({ jsonrpc: '2.0', method: 'a', params: { text: '“quoted”' } } as never),
    writer.write({ jsonrpc: '2.0', method: 'b' } as never),
  ]);
  const first = JSON.stringify({ jsonrpc: '2.0', method: 'a', params: { text: '“quoted”' } });
  const second = JSON.stringify({ jsonrpc: '2.0', method: 'b' });
  assert.equal(
    Buffer.concat(chunks).toString('utf8'),
    `Content-Length: ${Buffer.byteLength(first)}\r\n\r\n${first}Content-Length: ${Buffer.byteLength(second)}\r\n\r\n${second}`,
  );
  assert.equal(Buffer.byteLength(first), first.length + 4, 'each curly quote is three bytes in UTF-8');
});

test('the stdio writer rejects a write the stream fails, and reports it', async () => {
  const broken = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('pipe closed')) });
  const writer = new StdioMessageWriter(broken);
  const reported: string[] = [];
  writer.onError(([error]) => reported.push(error.message));
  await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'a' } as never), /pipe closed/);
  assert.ok(reported.includes('pipe closed'));
});
