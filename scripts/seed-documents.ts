/** Reads the seed documents (file name → text) for the compiler's quote check and selectors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsDir } from './paths';

export function readSeedDocuments(folder = seedsDir): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  } catch (error) {
    throw new Error(
      `cannot read the seed documents at ${folder} (set FACT_CARDS_SOURCES to their folder): ${(error as Error).message}`,
    );
  }
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}
