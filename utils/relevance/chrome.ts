/**
 * Page chrome, told from the main text the way reader modes tell it: by the landmarks a piece of
 * text sits in (nav, header, footer, aside and their roles), the words of the class names and ids
 * around it (share, byline, cookie, related, comments…) and how much of its block is link text
 * (rails of headlines). Pure: the DOM side (utils/page/blocks.ts) reads these features.
 */

/** What a piece of a page's text is: the page's own text, its chrome, or readers' comments. */
export type BlockRole = 'main' | 'chrome' | 'comments';

/** What one element says about the text inside it. */
export interface ElementSigns {
  /** A landmark that is never the main text (nav, aside, footer, role=navigation…). */
  chromeLandmark: boolean;
  /** Class or id words of chrome (share, byline, related…) or of comments. */
  chromeHint: boolean;
  commentHint: boolean;
}

/** Landmarks that are never the main text (a header or footer inside an article is not one). */
const CHROME_LANDMARKS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'figcaption',
  'form',
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/** Class and id words of share and follow widgets, bylines, credits, banners, rails, ads. */
const CHROME_HINTS = new Set(
  (
    'share sharing sharebar social follow byline bylines author authors credit credits caption ' +
    'cookie cookies consent gdpr related recommended recommendations recirc recirculation ' +
    'trending popular mostread most newsletter subscribe subscription signup promo promotion ' +
    'sponsored sponsor advert advertisement ad ads outbrain taboola footer masthead nav navbar ' +
    'navigation menu breadcrumb breadcrumbs sidebar rail widget toolbar skip modal popup tags ' +
    'pagination pager topbar banner dateline timestamp'
  ).split(' '),
);

const COMMENT_HINTS = new Set(
  'comment comments commentary disqus replies reply discussion talkback'.split(' '),
);

/** Above this share of link text a block is a list of links (a rail, a menu, a tag cloud). */
const LINK_DENSITY = 0.5;

/**
 * The signs of an element from its tag (lower case), its role attribute and the lower-case words
 * of its class names and id. `inArticle`: it lies inside an article or the main element, where a
 * header or footer belongs to the article.
 */
export function elementSigns(
  tag: string,
  role: string | null,
  words: readonly string[],
  inArticle: boolean,
): ElementSigns {
  const ownLandmark =
    CHROME_LANDMARKS.has(tag) && !(inArticle && (tag === 'header' || tag === 'footer'));
  return {
    chromeLandmark: ownLandmark || (role !== null && CHROME_LANDMARKS.has(role)),
    chromeHint: words.some((w) => CHROME_HINTS.has(w)),
    commentHint: words.some((w) => COMMENT_HINTS.has(w)),
  };
}

export interface TextSigns {
  /** Some element around the text has comment signs, or chrome signs. */
  comments: boolean;
  chrome: boolean;
  /** The page has a main content element and the text is outside it. */
  outsideMain: boolean;
  /** Share of its block's text inside links. */
  linkDensity: number;
}

export function textRole(signs: TextSigns): BlockRole {
  if (signs.comments) return 'comments';
  if (signs.outsideMain || signs.chrome || signs.linkDensity > LINK_DENSITY) return 'chrome';
  return 'main';
}
