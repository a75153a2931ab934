// The commands the language server executes (workspace/executeCommand), apart from the protocol's message types so
// that the analysis worker, which builds the code actions that name them, loads no JSON-RPC library.

/** Command (executed on the server through workspace/executeCommand): record a preferred name in the house style
 * file. Arguments: [uri of the draft, preferred form, variant form]. */
export const RecordPreferredNameCommand = 'copydesk.recordPreferredName';

/** Command (executed on the server): record a finding in the workspace folder's baseline (.copydesk-baseline.json),
 * so it shows as a hint from then on. Arguments: [uri of the draft, the finding's entry {rule, text, paragraph}]. */
export const IgnoreFindingCommand = 'copydesk.ignoreFinding';
