/**
 * Temporal expressions on TempEval-3 (AQUAINT part): our findDates against chrono-node alone.
 * Run: npx tsx tests/bench/dates-tempeval.ts  (datasets from ../shared/datasets or AHRAM_LENS_DATASETS)
 *
 * Scores over all TIMEX3 types except the document creation time:
 *   value F1  — a prediction counts when it overlaps a gold span and has the same value (TempEval "value");
 *   strict F1 — exact span and same value;
 *   span F1   — overlap only, value ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import type { DateMention } from '../../lib/analysis/analysis';
import { findDates } from '../../lib/analysis/dates';
import { FIXTURES, sharedDatasets } from './paths';

type Gold = { start: number; end: number; value: string; type: string };
type Doc = { name: string; text: string; dct: string; gold: Gold[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Strips the tags inside <TEXT>, decoding entities, and maps each TIMEX3 to its span in the plain text. */
export function parseTml(name: string, xml: string): Doc {
  const dct =
    /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"/.exec(xml)?.[1] ??
    /<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1] ??
    '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Gold[] = [];
  const open: { start: number; value: string; type: string }[] = [];
  const token = /<(\/?)(\w+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        const o = open.pop();
        if (o) gold.push({ start: o.start, end: text.length, value: o.value, type: o.type });
      } else {
        const attrs = m[3] ?? '';
        open.push({
          start: text.length,
          value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '',
          type: /type="([^"]*)"/.exec(attrs)?.[1] ?? '',
        });
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? m[0];
    else text += m[0];
  }
  return { name, text, dct: dct.slice(0, 10), gold };
}

/** Chrono alone, values the naive way: its resolved date as YYYY-MM-DD, plus the time when it knows the hour. */
function chronoAlone(text: string, dct: string): DateMention[] {
  const [y, mo, d] = dct.split('-').map(Number);
  const ref = { instant: new Date(Date.UTC(y ?? 2000, (mo ?? 1) - 1, d ?? 1, 12)), timezone: 0 };
  return chrono.en.parse(text, ref).map((r) => {
    const date = r.start.date();
    const iso = date.toISOString();
    const value = r.start.isCertain('hour') ? iso.slice(0, 16) : iso.slice(0, 10);
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

type Counts = { pred: number; gold: number; tpValue: number; tpStrict: number; tpSpan: number };

function score(gold: Gold[], pred: DateMention[], c: Counts): void {
  c.pred += pred.length;
  c.gold += gold.length;
  const overlaps = (g: Gold, p: DateMention) => p.start < g.end && g.start < p.end;
  // One-to-one matching per criterion, so a split expression is not counted twice.
  const match = (ok: (g: Gold, p: DateMention) => boolean): number => {
    const used = new Set<number>();
    let tp = 0;
    for (const g of gold) {
      const i = pred.findIndex((p, k) => !used.has(k) && ok(g, p));
      if (i >= 0) {
        used.add(i);
        tp++;
      }
    }
    return tp;
  };
  c.tpValue += match((g, p) => overlaps(g, p) && g.value === p.value);
  c.tpStrict += match((g, p) => g.start === p.start && g.end === p.end && g.value === p.value);
  c.tpSpan += match(overlaps);
}

const f1 = (tp: number, pred: number, gold: number): string => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return (p + r ? (200 * p * r) / (p + r) : 0).toFixed(1);
};

function main(): void {
  const datasets = sharedDatasets();
  if (!datasets) {
    console.log('No datasets found (../shared/datasets or AHRAM_LENS_DATASETS); skipping.');
    return;
  }
  const dir = `${datasets}tempeval3-aquaint/`;
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTml(f, readFileSync(dir + f, 'utf8')));
  const systems: [string, (text: string, dct: string) => DateMention[]][] = [
    ['findDates', findDates],
    ['chrono alone', chronoAlone],
  ];
  const verbose = process.argv.includes('--errors');
  console.log(
    `TempEval-3 AQUAINT: ${docs.length} docs, ${docs.reduce((n, d) => n + d.gold.length, 0)} TIMEX3`,
  );
  console.log('system        value-F1  strict-F1  span-F1   (P/R of value)');
  for (const [name, run] of systems) {
    const c: Counts = { pred: 0, gold: 0, tpValue: 0, tpStrict: 0, tpSpan: 0 };
    for (const doc of docs) {
      const pred = run(doc.text, doc.dct);
      score(doc.gold, pred, c);
      if (verbose && name === 'findDates') printErrors(doc, pred);
    }
    const p = ((100 * c.tpValue) / Math.max(1, c.pred)).toFixed(1);
    const r = ((100 * c.tpValue) / Math.max(1, c.gold)).toFixed(1);
    console.log(
      `${name.padEnd(13)} ${f1(c.tpValue, c.pred, c.gold).padStart(8)} ${f1(c.tpStrict, c.pred, c.gold).padStart(10)} ${f1(c.tpSpan, c.pred, c.gold).padStart(8)}   (${p}/${r})`,
    );
  }
  timeSeed();
}

function printErrors(doc: Doc, pred: DateMention[]): void {
  const show = (s: number, e: number) => JSON.stringify(doc.text.slice(s, e));
  for (const g of doc.gold) {
    const p = pred.find((q) => q.start < g.end && g.start < q.end);
    if (!p || p.value !== g.value)
      console.log(
        `  ${doc.name} dct=${doc.dct} gold ${show(g.start, g.end)} ${g.value} | ours ${p ? `${show(p.start, p.end)} ${p.value}` : '-'}`,
      );
  }
  for (const p of pred) {
    if (!doc.gold.some((g) => p.start < g.end && g.start < p.end))
      console.log(`  ${doc.name} spurious ${show(p.start, p.end)} ${p.value}`);
  }
}

/** Median findDates time on the seed article after warm-up. */
function timeSeed(): void {
  const text = readFileSync(`${FIXTURES}seed/article.txt`, 'utf8');
  for (let i = 0; i < 50; i++) findDates(text, '2025-03-13');
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    findDates(text, '2025-03-13');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `findDates on the seed (${text.split(/\s+/).length} words): median ${times[100]?.toFixed(3)} ms`,
  );
}

if (process.argv[1]?.includes('dates-tempeval')) main();
