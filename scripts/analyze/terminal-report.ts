import { byImportance } from '../../lib/analysis/actor-importance';
import type { Analysis } from '../../lib/analysis/analysis';

const KIND_WIDTH = 13;

/** The analysis as a person reads it in a terminal: the article, then its actors by importance. */
export function renderTerminalReport(analysis: Analysis, text: string): string {
  const lines: string[] = [];
  const words = text.match(/\S+/g)?.length ?? 0;
  lines.push(analysis.title ?? '(untitled)');
  lines.push(
    [
      analysis.publishedAt ? `published ${analysis.publishedAt}` : 'no publication date',
      `${words} words`,
    ].join(' · '),
  );
  lines.push('');
  const actors = byImportance(analysis.actors);
  lines.push(`Summary (${analysis.summary.length} sentences):`);
  for (const span of analysis.summary) lines.push(`  · ${text.slice(span.start, span.end)}`);
  lines.push('');
  lines.push(`Actors (${actors.length}), most important first:`);
  if (actors.length === 0) lines.push('  none found');
  const nameWidth = Math.min(32, Math.max(0, ...actors.map((actor) => actor.name.length)));
  for (const actor of actors) {
    const count = `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`;
    const role = actor.role ? ` — ${actor.role}` : '';
    lines.push(
      `  ${actor.name.padEnd(nameWidth)}  ${actor.kind.padEnd(KIND_WIDTH)}${count.padStart(12)}${role}`,
    );
  }
  lines.push('');
  lines.push(`Claims (${analysis.claims.length}):`);
  if (analysis.claims.length === 0) lines.push('  none found');
  for (const claim of analysis.claims) {
    const source = claim.source
      ? ` — source: ${claim.source.text}${claim.source.actorId ? ` (${claim.source.actorId})` : ''}`
      : '';
    lines.push(`  ${claim.kind.padEnd(10)} "${claim.cue}"${source}`);
    lines.push(`             ${excerpt(text.slice(claim.start, claim.end))}`);
  }
  lines.push('');
  lines.push(
    `Dates: ${analysis.dates.length} · Timeline entries: ${analysis.timeline.length} · Summary sentences: ${analysis.summary.length}`,
  );
  return `${lines.join('\n')}\n`;
}

function excerpt(sentence: string, length = 100): string {
  return sentence.length <= length ? sentence : `${sentence.slice(0, length - 1)}…`;
}
