/**
 * Reads what page-chrome detection needs from the DOM for a page's text units: for each piece of
 * text, the signs of the elements around it, whether it lies outside the page's main content
 * element, and how much of its block is link text. The decision itself is pure
 * (utils/relevance/chrome.ts). Works in the page and in happy-dom alike: only elements,
 * attributes and text are read, never layout or computed style.
 */
import { type BlockRole, elementSigns, textRole } from '../relevance/chrome';
import type { RoleSpans } from '../relevance/roles';
import { extractText, type TextMap } from '../text/extract';
import { discoverUnits, isBlockElement } from './units';

/** A main content element must hold at least this share of the page's text. */
const MAIN_SHARE = 0.2;
/** An element around more than this share of the page's text describes the page, not a part. */
const PART_SHARE = 0.5;

const MAIN_SELECTOR = 'article, main, [role="main"], [role="article"], [itemprop="articleBody"]';

function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host || null);
}

function isMainElement(element: Element): boolean {
  return element.tagName === 'MAIN' || element.getAttribute('role') === 'main';
}

function isMainLike(element: Element): boolean {
  if (element.tagName === 'ARTICLE' || isMainElement(element)) return true;
  return (
    element.getAttribute('role') === 'article' || element.getAttribute('itemprop') === 'articleBody'
  );
}

function wordsOf(element: Element): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`;
  if (raw.length < 2) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface UnitText {
  text: string;
  map: TextMap;
}

interface Around {
  chrome: boolean;
  comments: boolean;
  inArticle: boolean;
}

const NOTHING: Around = { chrome: false, comments: false, inArticle: false };

/** Reads chrome signs for the text of a page, memoised per element. */
export class ChromeReader {
  private readonly around = new Map<Element, Around>();
  private readonly lengths = new Map<Element, number>();
  private readonly main: Element | null;
  private readonly total: number;

  constructor(root: Element) {
    this.total = this.textLength(root);
    this.main = this.findMain(root);
  }

  private textLength(element: Element): number {
    let length = this.lengths.get(element);
    if (length === undefined) {
      length = element.textContent?.length ?? 0;
      this.lengths.set(element, length);
    }
    return length;
  }

  /** The article (else the main element) with the most text, if it holds enough of the page's. */
  private findMain(root: Element): Element | null {
    let best: Element | null = null;
    let bestLength = 0;
    for (const preferArticle of [true, false]) {
      for (const candidate of root.querySelectorAll(MAIN_SELECTOR)) {
        const article = !isMainElement(candidate);
        if (article !== preferArticle) continue;
        const length = this.textLength(candidate);
        if (length > bestLength) {
          best = candidate;
          bestLength = length;
        }
      }
      if (best && this.total > 0 && bestLength / this.total >= MAIN_SHARE) return best;
      best = null;
      bestLength = 0;
    }
    return null;
  }

  /** Whether an element wraps most of the page or its main content: its signs are the page's. */
  private describesPage(element: Element): boolean {
    if (this.main && element !== this.main && element.contains(this.main)) return true;
    return this.total > 0 && this.textLength(element) / this.total > PART_SHARE;
  }

  private aroundOf(element: Element | null): Around {
    if (!element || element.tagName === 'HTML' || element.tagName === 'BODY') return NOTHING;
    let known = this.around.get(element);
    if (known) return known;
    const outer = this.aroundOf(parentOf(element));
    const words = wordsOf(element);
    const tag = element.tagName.toLowerCase();
    const role = element.getAttribute('role');
    known = { ...outer, inArticle: outer.inArticle || isMainLike(element) };
    const signs = elementSigns(tag, role, words, outer.inArticle);
    if (
      (signs.chromeLandmark || signs.chromeHint || signs.commentHint) &&
      !this.describesPage(element)
    ) {
      known.chrome ||= signs.chromeLandmark || signs.chromeHint;
      known.comments ||= signs.commentHint;
    }
    this.around.set(element, known);
    return known;
  }

  /** The roles of a unit's text, one per run of text nodes with the same role. */
  spans(unit: Element, map: TextMap): RoleSpans {
    const blockText = new Map<Element, { text: number; links: number }>();
    const blockOfNode: (Element | null)[] = [];
    for (const segment of map.segments) {
      const parent = segment.node.parentElement;
      let block: Element | null = parent;
      while (block && block !== unit && !isBlockElement(block)) block = block.parentElement;
      blockOfNode.push(block);
      if (!block) continue;
      const counts = blockText.get(block) ?? { text: 0, links: 0 };
      const length = segment.end - segment.start;
      counts.text += length;
      const link = parent?.closest('a');
      if (link && block.contains(link)) counts.links += length;
      blockText.set(block, counts);
    }
    const starts: number[] = [];
    const roles: BlockRole[] = [];
    map.segments.forEach((segment, i) => {
      // Blank text between elements takes the role of the text before it.
      if (i > 0 && !/\S/.test(segment.node.data)) return;
      const parent = segment.node.parentElement;
      const around = this.aroundOf(parent);
      const block = blockOfNode[i];
      const counts = block ? blockText.get(block) : undefined;
      const role = textRole({
        comments: around.comments,
        chrome: around.chrome,
        outsideMain: this.main !== null && !!parent && !this.main.contains(parent),
        linkDensity: counts && counts.text > 0 ? counts.links / counts.text : 0,
      });
      if (roles.at(-1) === role) return;
      starts.push(i === 0 ? 0 : segment.start);
      roles.push(role);
    });
    if (roles.length === 0) return { starts: [0], roles: ['main'] };
    return { starts, roles };
  }
}

export interface PageUnits {
  units: Element[];
  texts: UnitText[];
  roles: RoleSpans[];
}

/** The roles of the text of each of `units` (elements of `root`'s document). */
export function unitRoles(
  root: Element,
  units: readonly Element[],
  texts: readonly UnitText[],
): RoleSpans[] {
  const reader = new ChromeReader(root);
  return units.map((unit, i) => reader.spans(unit, (texts[i] as UnitText).map));
}

/** The text units under `root` in document order, their texts and the roles of their text. */
export function readPageUnits(
  root: Element,
  isOwnUi: (element: Element) => boolean = () => false,
): PageUnits {
  const units: Element[] = [];
  const texts: UnitText[] = [];
  for (const unit of discoverUnits(root, isOwnUi).units) {
    const extracted = extractText(unit, { skip: isOwnUi });
    if (!/\S/.test(extracted.text)) continue;
    units.push(unit);
    texts.push(extracted);
  }
  return { units, texts, roles: unitRoles(root, units, texts) };
}
