// Imported first by the server's entry point, so that the analysis worker starts loading the engine while this
// thread loads the protocol library (see lanes.startFirstWorkerEarly).
import { WORKER_SCRIPT } from './workerScript';
import { startFirstWorkerEarly } from './lanes';

startFirstWorkerEarly(WORKER_SCRIPT);
