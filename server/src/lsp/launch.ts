/**
 * Node flags the VS Code extension starts the language server with (the benchmark starts it the same way). A
 * semi-space of 8 MB instead of V8's 16 keeps the young generation at 16 MB instead of 32: with a 100,000-word draft
 * open that is the difference between about 205 and about 190 MB of RSS, and no difference measured in edit latency
 * at 1,000 to 100,000 words. Other editors may pass the same flags (`node --max-semi-space-size=8 dist/server.js
 * --stdio`); the server runs the same without them.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
