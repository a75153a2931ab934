// The language server's entry point. The same bundle serves as the server's analysis workers: started as a worker,
// it checks drafts for the protocol thread (lsp/analysisWorker.ts); started by an editor, it speaks the protocol.
import { isAnalysisWorker, serveAnalysis } from './lsp/analysisWorker';
import { startLanguageServer } from './lsp/languageServer';

if (isAnalysisWorker()) serveAnalysis();
else startLanguageServer();
