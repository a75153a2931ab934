// The language server's entry point. The same bundle serves as the server's analysis workers: started as a worker,
// it checks drafts for the protocol thread (lsp/analysisWorker.ts) or files that are not open (lsp/fileChecks.ts);
// started by an editor, it speaks the protocol.
import { isAnalysisWorker, serveAnalysis } from './lsp/analysisWorker';
import { isFileCheckWorker, serveFileChecks } from './lsp/fileChecks';
import { startLanguageServer } from './lsp/languageServer';

if (isAnalysisWorker()) serveAnalysis();
else if (isFileCheckWorker()) serveFileChecks();
else startLanguageServer();
