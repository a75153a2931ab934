// The language server's entry point, the protocol thread. Drafts are checked on worker threads started from the
// worker bundle beside this one (worker.ts, built to dist/worker.js), so that this thread loads no engine: it
// answers the editor sooner after start-up, and a slow draft never holds it up.
import './lsp/earlyWorker';
import { startLanguageServer } from './lsp/languageServer';

startLanguageServer();
