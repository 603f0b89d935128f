/**
 * What a card shows for a mention: its entity or claim view, with the claims made on the page and
 * how many more mentions of the same name or claim the page holds.
 */
import type { CardView } from '../../components/types';
import type { IndexLookup } from '../index/lookup';
import type { Annotation } from './annotations';
import { claimCardView, entityCardView } from './card-data';

export interface CardViewsDeps {
  lookup: IndexLookup;
  /** Every annotation on the page, in page order. */
  annotations: () => Annotation[];
  isShown: (annotation: Annotation) => boolean;
}

export function createCardViews({ lookup, annotations, isShown }: CardViewsDeps) {
  /** The shown mentions of the annotation's entity or claim, in page order. */
  function sameOnPage(annotation: Annotation): Annotation[] {
    return annotations().filter(
      (a) => a.kind === annotation.kind && a.targetId === annotation.targetId && isShown(a),
    );
  }

  function viewFor(annotation: Annotation): CardView | null {
    const onPage = new Set<string>();
    for (const a of annotations()) if (a.kind === 'claim') onPage.add(a.targetId);
    let view: CardView | null = null;
    if (annotation.kind === 'entity' && annotation.mention) {
      view = entityCardView(annotation.mention, lookup, onPage);
    } else if (annotation.claim) {
      view = claimCardView(annotation.claim, lookup, onPage);
    }
    return view ? { ...view, moreOnPage: sameOnPage(annotation).length - 1 } : null;
  }

  return { viewFor, sameOnPage };
}
