import { createHash } from 'node:crypto';

/** The content hash that ties an index asset to its index: of the compiled index's JSON text. */
export function indexHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}
