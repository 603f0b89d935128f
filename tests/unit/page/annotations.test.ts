import { describe, expect, it } from 'vitest';
import { type Annotation, AnnotationStore } from '../../../utils/page/annotations';

function annotate(store: AnnotationStore, unit: Element): void {
  const range = document.createRange();
  range.selectNodeContents(unit);
  const annotation: Annotation = {
    id: store.newId(),
    kind: 'entity',
    targetId: unit.id,
    highlight: 'organization',
    range,
    text: unit.textContent ?? '',
    unit,
    start: 0,
  };
  store.setUnit({ unit, text: annotation.text, annotations: [annotation] });
}

describe('the annotation store', () => {
  it('lists annotations in document order, by the pass order and, for units added since, the DOM', () => {
    document.body.innerHTML = '<p id="a">A</p><p id="b">B</p><p id="c">C</p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id) as Element);
    const store = new AnnotationStore();
    store.setDocumentOrder([a, b, c] as Element[]);
    // Painted visible-first: stored out of document order.
    for (const unit of [c, a, b] as Element[]) annotate(store, unit);
    expect(store.all().map((x) => x.targetId)).toEqual(['a', 'b', 'c']);

    const added = document.createElement('p');
    added.id = 'between';
    added.textContent = 'new';
    (a as Element).after(added);
    annotate(store, added);
    expect(store.all().map((x) => x.targetId)).toEqual(['a', 'between', 'b', 'c']);
  });
});
