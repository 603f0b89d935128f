import { type ExtractOptions, extractText, type TextMap } from '../text/extract';
import type { Matcher } from './matcher';
import type { ScanResult } from './types';

export interface DocumentScan {
  /** The extracted text the offsets of `result` refer to. */
  text: string;
  map: TextMap;
  result: ScanResult;
}

/** Extracts the readable text under `root` and scans it; `map` turns result offsets into Ranges. */
export function scanDocument(root: Node, matcher: Matcher, options?: ExtractOptions): DocumentScan {
  const { text, map } = extractText(root, options);
  return { text, map, result: matcher.scan(text) };
}
