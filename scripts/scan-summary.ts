/** The scanner's readable summary: mentions grouped by entity (in one pass), then the claims. */
import type { ScanResult } from '../utils/match/types';

function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function summary(name: string, text: string, result: ScanResult): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  const byEntity = new Map<string, ScanResult['mentions']>();
  for (const m of result.mentions) {
    const list = byEntity.get(m.entityId);
    if (list) list.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  const lines = [
    `${name}: ${words} words, ${result.mentions.length} mentions of ${byEntity.size} entities, ${result.claims.length} claims`,
  ];
  if (byEntity.size > 0) lines.push('', 'Entities');
  const ranked = [...byEntity.values()].sort((a, b) => b.length - a.length);
  for (const mentions of ranked) {
    const first = mentions[0] as ScanResult['mentions'][number];
    const hows = new Map<string, number>();
    for (const m of mentions) hows.set(m.how, (hows.get(m.how) ?? 0) + 1);
    const how = [...hows].map(([h, n]) => `${h} ${n}`).join(', ');
    const variants = [
      ...new Set(
        mentions
          .filter((m) => m.how === 'fuzzy')
          .map((m) => `“${m.text}” ${Math.round(m.score * 100)}%`),
      ),
    ];
    lines.push(
      `  ${first.entityName} (${first.entityId}) ×${mentions.length} — ${how}${variants.length ? `; ${variants.join(', ')}` : ''}`,
    );
  }
  if (result.claims.length > 0) lines.push('', 'Claims');
  for (const claim of result.claims) {
    lines.push(`  [${claim.score.toFixed(2)}] ${claim.claimId}`);
    lines.push(`      “${excerpt(claim.sentence)}”`);
    lines.push(`      shares: ${claim.shared.join(', ')}`);
    lines.push(`      sources: ${claim.sources.join(', ')}`);
  }
  return lines.join('\n');
}
