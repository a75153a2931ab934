// The language server's worker threads' entry point (built to dist/worker.js): started by the protocol thread as
// an analysis worker (lsp/analysisWorker.ts) or to check files that are not open (lsp/fileCheckWorker.ts).
import { isAnalysisWorker, serveAnalysis } from './lsp/analysisWorker';
import { isFileCheckWorker, serveFileChecks } from './lsp/fileCheckWorker';

if (isAnalysisWorker()) serveAnalysis();
else if (isFileCheckWorker()) serveFileChecks();
else throw new Error("dist/worker.js runs as one of the Copydesk language server's worker threads, not on its own");
