import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * Writes each message to the stream at once, header and body in one corked write. The stock stream writer queues
 * every message behind a turn of the event loop, then writes the header and waits for it before writing the body:
 * on this machine that was about a millisecond per message, and whatever work landed in those turns (a young
 * generation collection, say) came on top of the diagnostics' latency. Messages keep their order: each is written
 * whole, synchronously, when it is sent. Used for --stdio; VS Code's --node-ipc writer already sends directly.
 */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let body: Buffer;
    try {
      body = Buffer.from(JSON.stringify(msg), 'utf8');
    } catch (error) {
      this.fireError(error as Error, msg, ++this.errorCount);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null): void => {
        if (error) {
          this.fireError(error, msg, ++this.errorCount);
          reject(error);
        } else {
          this.errorCount = 0;
          resolve();
        }
      };
      const stream = this.stream as NodeJS.WritableStream & { cork?: () => void; uncork?: () => void };
      stream.cork?.();
      stream.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
      stream.write(body, done);
      stream.uncork?.();
    });
  }

  end(): void {}
}
