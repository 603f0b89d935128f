/**
 * The sentence the popup shows for a page's relevance decision: what was decided and on what
 * evidence, in a reader's words. The story's name comes from the index (data/story.json).
 */
import type { NamedCount, RelevanceDecision } from './decide';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function named(counts: readonly NamedCount[], max = 3): string {
  const shown = counts.slice(0, max).map((c) => `${c.name} (${c.count}×)`);
  const more = counts.length - shown.length;
  return list(more > 0 ? [...shown, plural(more, 'other', 'others')] : shown);
}

export function explainRelevance(decision: RelevanceDecision, storyName: string): string {
  const { relevance, evidence } = decision;
  const story = `the ${storyName}`;
  if (relevance === 'on-topic') {
    const why = [`it names ${named(evidence.story)}`];
    if (evidence.linked.length > 0) why.push(`with ${named(evidence.linked)}`);
    if (evidence.strongClaims > 0)
      why.push(`and states ${plural(evidence.strongClaims, 'claim', 'claims')} from the reports`);
    return `This page is about ${story}: ${why.join(' ')}.`;
  }
  if (relevance === 'passing') {
    const mentions = evidence.story.reduce((sum, s) => sum + s.count, 0);
    const of = list(evidence.story.map((s) => s.name));
    return `This page doesn't seem to be about ${story}: ${plural(mentions, 'passing mention', 'passing mentions')} of ${of}.`;
  }
  return `This page doesn't seem to be about ${story}: its main text names none of the story's own people, companies or projects.`;
}
