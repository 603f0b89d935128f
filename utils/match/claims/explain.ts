/** A claim match's "why", in the words a card shows. */
import type { CompiledIndex } from '../../index/types';
import type { Judgement } from './scoring';
import type { SubjectTables } from './subject-tables';
import { describeSubject } from './subjects';

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * "Names Lark; shares “slack” with the claim “…”. Its subject: “he” refers to Shou Chew, named in
 * the previous sentence." A denial shown for a contradicted claim says so.
 */
export function describeMatch(
  index: CompiledIndex,
  tables: SubjectTables,
  judged: Judgement,
  shared: readonly string[],
  entities: readonly string[],
): { shared: string[]; why: string } {
  const scored = judged.contradicted ?? judged.claim;
  const claimText = shorten(index.claims[scored]?.text ?? '', 90);
  const words = shared.map((s) => `“${s}”`).join(', ');
  const reason =
    entities.length > 0 ? `Names ${entities.join(', ')}; shares ${words}` : `Shares ${words}`;
  const subject = describeSubject(tables, judged.subject);
  const stance =
    judged.contradicted === null
      ? ''
      : ` It contradicts that claim, which the index answers with this denial: “${shorten(index.claims[judged.claim]?.text ?? '', 90)}”.`;
  return {
    shared: [...shared],
    why: `${reason} with the claim “${claimText}”. Its subject: ${subject}.${stance}`,
  };
}
