// `npm run bench:summary` (and the end of `npm run bench:quality`): the engine's extractive summary
// measured with ROUGE against the summaries people wrote for the same articles, beside LEAD-3 (the
// first three pieces the sentence splitter gives, whatever they are) and beside LEAD-3 of whole
// sentences (the first three that end like one: on a web page the first pieces are often a photo
// credit, a caption, the headline or a date, which a news dataset's clean text would not hold). The
// bar (issue): at least LEAD-3's ROUGE-1 on unseen news.
//
// There is no CNN/DailyMail here. The references are what editors wrote: the standfirst (lede) of
// an Ahram Online page, which the locator keeps out of the article text, and the description of a
// page from the Readability test set (tests/fixtures, plus ../shared/pages when present). Both are
// one sentence. The datasets in ../shared/datasets hold no summaries, so for the 73 AQUAINT
// newswire stories of TempEval-3 highlights in the CNN/DailyMail manner (3–4 sentences) were written
// for this project (tests/fixtures/aquaint-highlights/README.md): the multi-sentence references a
// news summary is usually scored against.
//
// Development and test are kept apart: the summarizer's settings (length, weights, shortest
// sentence) are chosen on the seed and the "other description" pages; the unseen news pages (Ahram
// ledes, news descriptions) are measured, never tuned on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../lib/analysis/analyze';
import { type RougeReport, rouge, rougeTokens } from '../../lib/analysis/eval/rouge';
import { splitSentences } from '../../lib/analysis/tokenize';
import { locateArticle } from '../../lib/locator/locate-article';
import type { LocatedArticle } from '../../lib/locator/located-article';
import { tempevalText } from '../../scripts/datasets/tempeval-text';
import { ALL_AHRAM_PAGES } from '../fixtures/fixture-pages';
import { formatTable } from './measure';
import { FIXTURES, ROOT, sharedDatasets } from './paths';

/** Where a reference summary comes from; averages are kept apart by it. */
export type ReferenceSource =
  | 'ahram lede'
  | 'ahram description'
  | 'seed lede'
  | 'seed description'
  | 'news description'
  | 'aquaint highlights'
  | 'other description';

interface SummaryCase {
  id: string;
  source: ReferenceSource;
  article: Pick<LocatedArticle, 'text' | 'title' | 'publishedAt'>;
  reference: string;
}

export interface SummaryRougeRow {
  id: string;
  source: ReferenceSource;
  /** The reference repeats the article's opening, so any lead baseline matches it almost by copy. */
  copiesOpening: boolean;
  /** Share of the reference's word pairs found in the article's opening sentences. */
  copied: number;
  /** Sentences in our summary. */
  sentences: number;
  ours: RougeReport;
  lead3: RougeReport;
  leadWhole: RougeReport;
  /** Length in ROUGE tokens of each system's summary: F1 against a one-sentence reference favours the shorter. */
  words: { ours: number; lead3: number; leadWhole: number };
}

export interface SummaryRougeAverage {
  group: string;
  n: number;
  ours: RougeReport;
  lead3: RougeReport;
  leadWhole: RougeReport;
  words: { ours: number; lead3: number; leadWhole: number };
  /** Articles where our ROUGE-1 F1 is at least LEAD-3's. */
  oursAtLeastLead3: number;
}

export interface SummaryRougeResult {
  rows: SummaryRougeRow[];
  averages: SummaryRougeAverage[];
  skipped: { id: string; reason: string }[];
}

/**
 * Readability pages whose description an editor wrote about that article, by what the page is. Chosen
 * by reading each page (site, genre, description) before any score was computed; every other page is
 * skipped with its reason, so the list cannot grow towards the pages we happen to do well on.
 */
const NEWS_PAGES: ReadonlySet<string> = new Set([
  'buzzfeed-1',
  'guardian-1',
  'nytimes-1',
  'nytimes-4',
  'seattletimes-1',
  'spiceworks',
  'webmd-1',
]);
/** English articles that are not news (blog posts, a review, how-tos, a magazine feature). */
const OTHER_ARTICLE_PAGES: ReadonlySet<string> = new Set([
  'article-author-tag',
  'blogger',
  'ehow-1',
  'engadget',
  'gitlab-blog',
  'keep-images',
  'lazy-image-1',
  'lifehacker-working',
  'medium-2',
  'quanta-1',
  'toc-missing',
  'v8-blog',
]);
/**
 * A reference made by copying the article's opening: nearly all its word pairs (ROUGE-2 recall) are
 * found in the first five sentences, the most a lead baseline takes here (our summary has at most
 * five). A lead baseline wins such a page by construction, so it is averaged apart. Pairs, not single
 * words, because an editor's own sentence shares many words with any opening but few pairs; five
 * sentences, not one, because some pages open with a photo credit or a dateline before the copy.
 */
const COPY_BIGRAM_RECALL = 0.8;
/** How a whole sentence ends: its punctuation, a closing quote after it. */
const SENTENCE_END = /[.!?]['"’”]?$/;
const COPY_OPENING_SENTENCES = 5;
/** The averages the bar is read on: unseen news, with multi-sentence references and with one sentence. */
const UNSEEN_WIRE = 'unseen newswire (AQUAINT, highlights written here)';
const UNSEEN_GROUPS = 2;
const HIGHLIGHTS = `${FIXTURES}aquaint-highlights/`;
/** The pages of ../shared/pages beside the checkout; more Readability pages than tests/fixtures has. */
const SHARED_READABILITY = `${ROOT}../shared/pages/readability/`;

/** ROUGE of our summary, LEAD-3 and LEAD-3 of whole sentences on every article that has a reference summary. */
export function summaryRouge(): SummaryRougeResult {
  const skipped: SummaryRougeResult['skipped'] = [];
  const cases = [...ahramCases(skipped), ...readabilityCases(skipped), ...aquaintCases(skipped)];
  const rows = cases.map(scoreCase);
  const unseenNews = rows.filter(
    (row) => !row.copiesOpening && (row.source === 'ahram lede' || row.source === 'news description'),
  );
  const averages = [
    average(
      UNSEEN_WIRE,
      rows.filter((row) => row.source === 'aquaint highlights'),
    ),
    average('unseen news (ahram lede + news description)', unseenNews),
    ...groupBy(
      rows.filter((row) => row.source !== 'aquaint highlights'),
      (row) => `${row.source}${row.copiesOpening ? ', copies the opening' : ''}`,
    ).map(([group, members]) => average(group, members)),
  ];
  return { rows, averages, skipped };
}

function scoreCase({ id, source, article, reference }: SummaryCase): SummaryRougeRow {
  const { text } = article;
  const options = {
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
  const summary = analyze(text, options).summary;
  const sentences = splitSentences(text);
  const joined = (spans: readonly { start: number; end: number }[]) =>
    spans.map((span) => text.slice(span.start, span.end)).join(' ');
  const ours = joined(summary);
  const opening = joined(sentences.slice(0, 3));
  const leadWhole = joined(
    sentences
      .filter((sentence) => SENTENCE_END.test(text.slice(sentence.start, sentence.end).trim()))
      .slice(0, 3),
  );
  const copied = rouge(joined(sentences.slice(0, COPY_OPENING_SENTENCES)), reference).rouge2.recall;
  return {
    id,
    source,
    copiesOpening: copied >= COPY_BIGRAM_RECALL,
    copied,
    sentences: summary.length,
    ours: rouge(ours, reference),
    lead3: rouge(opening, reference),
    leadWhole: rouge(leadWhole, reference),
    words: {
      ours: rougeTokens(ours).length,
      lead3: rougeTokens(opening).length,
      leadWhole: rougeTokens(leadWhole).length,
    },
  };
}

/**
 * The fixture pages' ledes, and their meta descriptions where those are sentences of their own (on
 * the real 2010–2011 pages they are the title's words joined by commas, a keyword list).
 */
function ahramCases(skipped: SummaryRougeResult['skipped']): SummaryCase[] {
  const cases: SummaryCase[] = [];
  const seen = new Map<string, string>();
  for (const page of ALL_AHRAM_PAGES) {
    const doc = parse(
      readFileSync(FIXTURES + page.file, 'utf8'),
      `https://english.ahram.org.eg${page.urlPath}`,
    );
    const article = locateArticle(doc);
    if (article.kind !== 'article') continue;
    const seed = page.file.startsWith('seed/');
    const references: [ReferenceSource, string][] = [];
    if (article.lede) references.push([seed ? 'seed lede' : 'ahram lede', article.lede]);
    const description = metaDescription(doc);
    if (description && description !== article.lede) {
      if (/\s/.test(description))
        references.push([seed ? 'seed description' : 'ahram description', description]);
      else skipped.push({ id: `${page.file} (description)`, reason: 'a keyword list, not a summary' });
    }
    if (references.length === 0) skipped.push({ id: page.file, reason: 'no lede or description' });
    for (const [source, reference] of references) {
      const kind = source.endsWith('lede') ? 'lede' : 'description';
      // The hostile page is the seed page again, with hostile CSS: one article, counted once.
      const key = `${article.text}\u0000${reference}`;
      const earlier = seen.get(key);
      if (earlier) {
        skipped.push({
          id: `${page.file} (${kind})`,
          reason: `the same article and reference as ${earlier}`,
        });
        continue;
      }
      seen.set(key, page.file);
      cases.push({ id: page.file, source, article, reference });
    }
  }
  return cases;
}

/** Readability pages from tests/fixtures, and from ../shared/pages when this machine has it. */
function readabilityCases(skipped: SummaryRougeResult['skipped']): SummaryCase[] {
  const cases: SummaryCase[] = [];
  const fixtureDir = `${FIXTURES}readability/`;
  const dirs = [fixtureDir, ...(existsSync(SHARED_READABILITY) ? [SHARED_READABILITY] : [])];
  const seen = new Set<string>();
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (seen.has(name) || !existsSync(`${dir}${name}/expected-metadata.json`)) continue;
      seen.add(name);
      const id = `readability/${name}${dir === fixtureDir ? '' : ' (shared)'}`;
      const metadata = JSON.parse(readFileSync(`${dir}${name}/expected-metadata.json`, 'utf8')) as {
        lang?: string | null;
        excerpt?: string | null;
      };
      const source: ReferenceSource | null = NEWS_PAGES.has(name)
        ? 'news description'
        : OTHER_ARTICLE_PAGES.has(name)
          ? 'other description'
          : null;
      if (!source) {
        const english = !metadata.lang || metadata.lang.toLowerCase().startsWith('en');
        skipped.push({
          id,
          reason: english
            ? 'no editor-written description of this article (test page, reference page, site-wide text)'
            : `not English (${metadata.lang}); the engine reads English`,
        });
        continue;
      }
      const reference = metadata.excerpt?.replace(/\s+/g, ' ').trim();
      const article = locateArticle(
        parse(readFileSync(`${dir}${name}/source.html`, 'utf8'), 'https://example.org/'),
      );
      if (!reference || article.kind !== 'article') {
        skipped.push({ id, reason: reference ? 'not located as an article' : 'no description' });
        continue;
      }
      cases.push({ id, source, article, reference });
    }
  }
  return cases;
}

/** The AQUAINT stories (from ../shared/datasets) with the highlights written for them, one per line. */
function aquaintCases(skipped: SummaryRougeResult['skipped']): SummaryCase[] {
  const datasets = sharedDatasets();
  if (!datasets) {
    skipped.push({ id: 'aquaint highlights', reason: '../shared/datasets is not here' });
    return [];
  }
  return readdirSync(HIGHLIGHTS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      const tml = readFileSync(`${datasets}tempeval3-aquaint/${id}.tml`, 'utf8');
      const reference = readFileSync(HIGHLIGHTS + name, 'utf8')
        .split('\n')
        .filter(Boolean)
        .join(' ');
      return { id, source: 'aquaint highlights', article: { text: tempevalText(tml) }, reference };
    });
}

function metaDescription(doc: Document): string | undefined {
  const content = doc.querySelector('meta[name="description"]')?.getAttribute('content');
  return content?.replace(/\s+/g, ' ').trim() || undefined;
}

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

/** Macro averages: each article weighs the same, however long its reference. */
function average(group: string, rows: readonly SummaryRougeRow[]): SummaryRougeAverage {
  const mean = (pick: (row: SummaryRougeRow) => RougeReport): RougeReport => {
    const part = (metric: keyof RougeReport) => ({
      precision: meanOf(rows, (row) => pick(row)[metric].precision),
      recall: meanOf(rows, (row) => pick(row)[metric].recall),
      f1: meanOf(rows, (row) => pick(row)[metric].f1),
    });
    return { rouge1: part('rouge1'), rouge2: part('rouge2'), rougeL: part('rougeL') };
  };
  return {
    group,
    n: rows.length,
    ours: mean((row) => row.ours),
    lead3: mean((row) => row.lead3),
    leadWhole: mean((row) => row.leadWhole),
    words: {
      ours: meanOf(rows, (row) => row.words.ours),
      lead3: meanOf(rows, (row) => row.words.lead3),
      leadWhole: meanOf(rows, (row) => row.words.leadWhole),
    },
    oursAtLeastLead3: rows.filter((row) => row.ours.rouge1.f1 >= row.lead3.rouge1.f1).length,
  };
}

function meanOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.length === 0 ? 0 : items.reduce((total, item) => total + value(item), 0) / items.length;
}

const f1s = (report: RougeReport) =>
  [report.rouge1, report.rouge2, report.rougeL].map((score) => (100 * score.f1).toFixed(1)).join(' / ');

/** Prints the per-article table, the averages and what was left out. */
export function printSummaryRouge(): void {
  const { rows, averages, skipped } = summaryRouge();
  console.log(
    '\nSummary ROUGE F1 (R-1 / R-2 / R-L, unstemmed) against editor-written references; "LEAD-3 whole" skips openers that do not end like a sentence:\n',
  );
  console.log(
    formatTable(
      ['article', 'reference', 'copied', 'k', 'ours', 'LEAD-3', 'LEAD-3 whole'],
      rows
        .filter((row) => row.source !== 'aquaint highlights')
        .map((row) => [
          row.id,
          `${row.source}${row.copiesOpening ? ' (copies opening)' : ''}`,
          `${Math.round(100 * row.copied)}%`,
          row.sentences,
          f1s(row.ours),
          f1s(row.lead3),
          f1s(row.leadWhole),
        ]),
    ),
  );
  console.log('\nMacro averages, F1 ×100 (R-1 / R-2 / R-L):\n');
  console.log(
    formatTable(
      [
        'group',
        'n',
        'ours',
        'LEAD-3',
        'LEAD-3 whole',
        'R-1 recall ours / LEAD-3 / whole',
        'words ours / LEAD-3 / whole',
        'ours R-1 ≥ LEAD-3',
      ],
      averages.map((row) => [
        row.group,
        row.n,
        f1s(row.ours),
        f1s(row.lead3),
        f1s(row.leadWhole),
        [row.ours, row.lead3, row.leadWhole]
          .map((report) => (100 * report.rouge1.recall).toFixed(1))
          .join(' / '),
        [row.words.ours, row.words.lead3, row.words.leadWhole].map((words) => words.toFixed(0)).join(' / '),
        `${row.oursAtLeastLead3}/${row.n}`,
      ]),
    ),
  );
  for (const bar of averages.slice(0, UNSEEN_GROUPS)) {
    if (bar.n === 0) continue;
    const met = bar.ours.rouge1.f1 >= bar.lead3.rouge1.f1;
    console.log(
      `\nBar (ROUGE-1 F1 on ${bar.group} ≥ LEAD-3's): ${met ? 'met' : 'NOT met'}, ${(100 * bar.ours.rouge1.f1).toFixed(1)} vs ${(100 * bar.lead3.rouge1.f1).toFixed(1)} over n = ${bar.n}.`,
    );
  }
  console.log(
    `"copied": the reference's word pairs found in the article's first ${COPY_OPENING_SENTENCES} sentences; at ${100 * COPY_BIGRAM_RECALL}% or more it copies the opening and is averaged apart. The summarizer's settings are chosen on the development pages (the seed, "other description"); unseen news is only measured.`,
  );
  if (skipped.length > 0) {
    console.log('\nLeft out:');
    for (const [reason, pages] of groupBy(skipped, (page) => page.reason))
      console.log(`  ${reason}: ${pages.map((page) => page.id).join(', ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) printSummaryRouge();
