/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per kind, registered under
 * prefixed names, styled by one constructed stylesheet appended to the document's adopted sheets.
 * Nothing is inserted into the page's DOM. Where the API is missing this does nothing, and cards
 * stay reachable from the keyboard and the popup.
 */
import { highlightName, PAINT_NAMES, type PaintName } from './kinds';

interface HighlightLike {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
  readonly size: number;
}

type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

interface Registry {
  set(name: string, highlight: HighlightLike): void;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
}

type StyleTarget = Document | ShadowRoot;

export class Highlighter {
  readonly supported: boolean;
  private readonly highlights = new Map<PaintName, HighlightLike>();
  private readonly registry: Registry | null;
  private readonly HighlightClass: HighlightConstructor | null;
  private sheet: CSSStyleSheet | null = null;
  private readonly styled = new Set<StyleTarget>();
  private readonly forcedColors: MediaQueryList | null;
  /** Ranges added while held (see `hold`), to be added on `release`. */
  private held: Map<Range, PaintName> | null = null;
  /** Between `attach` and `detach`: only then is there anything to put back. */
  private attached = false;

  constructor(private readonly win: Window & typeof globalThis = window) {
    const css = (win as unknown as { CSS?: { highlights?: Registry } }).CSS;
    const HighlightClass = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
    this.registry = css?.highlights ?? null;
    this.HighlightClass = typeof HighlightClass === 'function' ? HighlightClass : null;
    this.supported = Boolean(this.registry && this.HighlightClass);
    this.forcedColors = win.matchMedia?.('(forced-colors: active)') ?? null;
  }

  /** Registers the highlights and the stylesheet. */
  attach(css: string): void {
    if (!this.supported || !this.registry || !this.HighlightClass) return;
    for (const kind of PAINT_NAMES) {
      let highlight = this.highlights.get(kind);
      if (!highlight) {
        highlight = new this.HighlightClass();
        // Names paint above the claim markers; the open card's mention above both.
        highlight.priority = kind === 'claim' ? 0 : kind === 'active' ? 2 : 1;
        this.highlights.set(kind, highlight);
      }
    }
    this.attached = true;
    this.register();
    this.forcedColors?.addEventListener('change', this.register);
    this.setCss(css);
    this.styleTarget(this.win.document);
  }

  /**
   * In forced-colors mode Chromium paints every highlight in the system Highlight colours,
   * whatever the stylesheet says, so painted claim sentences would drown the names in them.
   * There, only names are painted; claims stay reachable from the keyboard and the popup.
   */
  private readonly register = (): void => {
    const registry = this.registry;
    if (!registry) return;
    for (const [kind, highlight] of this.highlights) {
      const name = highlightName(kind);
      if (kind === 'claim' && this.forcedColors?.matches) {
        if (registry.get(name) === highlight) registry.delete(name);
      } else {
        registry.set(name, highlight);
      }
    }
  };

  setCss(css: string): void {
    if (!this.supported) return;
    try {
      if (!this.sheet) this.sheet = new this.win.CSSStyleSheet();
      this.sheet.replaceSync(css);
    } catch {
      this.sheet = null;
    }
  }

  /**
   * Adopts the stylesheet in a document or an open shadow root: `::highlight()` rules only style
   * text in the tree whose stylesheets hold them. The page's own sheets are kept.
   */
  styleTarget(target: StyleTarget): void {
    const sheet = this.sheet;
    if (!sheet || this.styled.has(target)) return;
    try {
      const current = target.adoptedStyleSheets;
      if (!current.includes(sheet)) target.adoptedStyleSheets = [...current, sheet];
      this.styled.add(target);
    } catch {
      // A frozen or foreign sheet list: the text stays unmarked, cards still work.
    }
  }

  /**
   * Puts back what the page took away: highlights it deleted from the shared registry (a
   * `CSS.highlights.clear()` removes every name) and the stylesheet when it reassigned
   * `adoptedStyleSheets`, as many frameworks do. True if anything had to be put back.
   */
  repair(): boolean {
    const registry = this.registry;
    if (!registry || !this.attached) return false;
    let repaired = false;
    for (const [kind, highlight] of this.highlights) {
      if (kind === 'claim' && this.forcedColors?.matches) continue;
      if (registry.get(highlightName(kind)) !== highlight) repaired = true;
    }
    if (repaired) this.register();
    const sheet = this.sheet;
    if (!sheet) return repaired;
    for (const target of this.styled) {
      try {
        const current = target.adoptedStyleSheets;
        if (current.includes(sheet)) continue;
        target.adoptedStyleSheets = [...current, sheet];
        repaired = true;
      } catch {
        // A frozen or foreign sheet list: nothing more to do.
      }
    }
    return repaired;
  }

  add(kind: PaintName, range: Range): void {
    if (this.held) this.held.set(range, kind);
    else this.highlights.get(kind)?.add(range);
  }

  delete(kind: PaintName, range: Range): void {
    this.held?.delete(range);
    this.highlights.get(kind)?.delete(range);
  }

  /**
   * Ranges added from now on are only painted on `release`. Each change to a registered highlight
   * makes the browser repaint its marks at the next frame: marks for text out of view are better
   * added in one change at the end of a pass than in one per slice of it.
   */
  hold(): void {
    this.held ??= new Map();
  }

  release(): void {
    const held = this.held;
    this.held = null;
    for (const [range, kind] of held ?? []) this.highlights.get(kind)?.add(range);
  }

  /** Total ranges painted, all kinds. */
  get size(): number {
    let size = 0;
    for (const highlight of this.highlights.values()) size += highlight.size;
    return size;
  }

  clear(): void {
    this.held?.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** Removes every highlight and the stylesheet, leaving the page's own entries alone. */
  detach(): void {
    this.clear();
    this.forcedColors?.removeEventListener('change', this.register);
    if (this.registry) {
      for (const kind of PAINT_NAMES) {
        const name = highlightName(kind);
        if (this.registry.get(name) === this.highlights.get(kind)) this.registry.delete(name);
      }
    }
    const sheet = this.sheet;
    for (const target of this.styled) {
      try {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // Nothing to undo.
      }
    }
    this.styled.clear();
    this.attached = false;
  }
}
