import * as path from 'node:path';

/** The worker bundle, built beside the server's (dist/worker.js next to dist/server.js). */
export const WORKER_SCRIPT = path.join(__dirname, 'worker.js');
