/**
 * Node tools read a saved HTML page as the content script reads a live one: built into a happy-dom
 * document (scripts/html-tree.ts: nothing loaded, bounded memory), its text units and their roles
 * read by the same code (utils/page/blocks.ts), then scanned page-wise
 * (utils/relevance/page-pass.ts).
 */
import { Window } from 'happy-dom';
import type { CompiledIndex } from '../utils/index/types';
import type { Matcher } from '../utils/match/matcher';
import { readPageUnits } from '../utils/page/blocks';
import { type PageBlock, type PageResult, scanPage } from '../utils/relevance/page-pass';
import { ALL_MAIN } from '../utils/relevance/roles';
import { buildBody } from './html-tree';

export interface HtmlPageScan extends PageResult {
  blocks: PageBlock[];
}

/** The blocks of `html`'s body (text and role), in document order. */
export async function htmlBlocks(html: string): Promise<PageBlock[]> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const doc = window.document as unknown as Document;
    buildBody(doc, html);
    const { texts, roles } = readPageUnits(doc.body);
    return texts.map(({ text }, i) => ({ text, roles: roles[i] ?? ALL_MAIN }));
  } finally {
    await window.happyDOM.close();
  }
}

/** Plain text as blocks: its paragraphs (split at blank lines), all main text. */
export function textBlocks(text: string): PageBlock[] {
  return text
    .split(/\n[ \t]*\n/)
    .filter((part) => /\S/.test(part))
    .map((part) => ({ text: part, roles: ALL_MAIN }));
}

export async function scanHtmlPage(
  html: string,
  index: CompiledIndex,
  matcher: Matcher,
  showEverything = false,
): Promise<HtmlPageScan> {
  const blocks = await htmlBlocks(html);
  return { blocks, ...scanPage(index, blocks, matcher, showEverything) };
}
