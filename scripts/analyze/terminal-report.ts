import { byImportance } from '../../lib/analysis/actor-importance';
import type { Analysis } from '../../lib/analysis/analysis';

const KIND_WIDTH = 13;

/** The analysis as a person reads it in a terminal: summary, actors, claims, timeline and dates. */
export function renderTerminalReport(analysis: Analysis, text: string): string {
  const lines: string[] = [];
  const words = text.match(/\S+/g)?.length ?? 0;
  const published = analysis.publishedAt ? `published ${analysis.publishedAt}` : 'no publication date';
  lines.push(analysis.title ?? '(untitled)', `${published} · ${words} words`, '');

  lines.push(`Summary (${analysis.summary.length} sentences):`);
  for (const span of analysis.summary) lines.push(`  · ${text.slice(span.start, span.end)}`);
  lines.push('');

  const actors = byImportance(analysis.actors);
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
    const actor = claim.source?.actorId ? ` (${claim.source.actorId})` : '';
    const source = claim.source ? ` — source: ${claim.source.text}${actor}` : '';
    lines.push(
      `  ${claim.kind.padEnd(10)} "${claim.cue}"${source}`,
      `             ${excerpt(text.slice(claim.start, claim.end))}`,
    );
  }
  lines.push('');

  lines.push(`Timeline (${analysis.timeline.length} events, oldest first):`);
  for (const entry of analysis.timeline) lines.push(`  ${entry.date.padEnd(11)} ${entry.label}`);
  const dates = analysis.dates.map((date) => `${text.slice(date.start, date.end)} (${date.value})`);
  lines.push(`Dates: ${dates.join(' · ') || 'none'}`);
  return `${lines.join('\n')}\n`;
}

function excerpt(sentence: string, length = 100): string {
  return sentence.length <= length ? sentence : `${sentence.slice(0, length - 1)}…`;
}
