/** Where the Node tools find the curated data and the index generated from it. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
export const compiledIndexFile = join(dataDir, 'compiled', 'index.json');
export const compiledMatcherFile = join(dataDir, 'compiled', 'matcher.json');
