// The engine-throughput run on its own, for a bundle built like the shipped server (see shippedEngineThroughput):
// prints one Throughput as JSON. Argument: how many corpus articles (all when absent).
import { corpusTexts, engineThroughput } from './throughput';

const limit = process.argv[2] ? Number(process.argv[2]) : undefined;
process.stdout.write(JSON.stringify(engineThroughput(corpusTexts(limit))));
