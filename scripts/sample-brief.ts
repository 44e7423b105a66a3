/**
 * The worked example `assets/samples/sample.brief`: a brief of two sources — the sample DW
 * article, and interview notes the project wrote itself, labelled a fictional sample — with
 * annotations of every tag in both, linked (across the sources too), with notes, speakers,
 * confidence, a review verdict and key judgments. Quotes are given as exact text and turned into selectors here, so positions and
 * the article hash are always right. `sample-brief.test.ts` keeps the committed file equal to
 * this output (`npx vitest run scripts/sample-brief.test.ts -u` rewrites it).
 */
import { serializeBriefFile } from '../app/exchange/brief-file';
import { DEFAULT_BRIEF_SETTINGS } from '../app/brief/brief-settings';
import { canonicalText } from '../app/model/canonical-text';
import { sha256Hex } from '../app/model/content-hash';
import type { Annotation, Article, Confidence, ReviewVerdict } from '../app/model/model';
import type { Brief } from '../app/brief/brief';
import { keyJudgmentsDocFromBlocks, keyJudgmentsPlainText, type KeyJudgmentsDoc } from '../app/brief/key-judgments';
import { importPlainText } from '../app/import/plain-text-import';
import type { Tag } from '../app/model/tags';
import { describeRange } from '../app/anchoring/text-selectors';

/** When the sample was made; fixed so the file is reproducible. */
const MADE_AT = '2025-12-19T09:00:00.000Z';
const ANALYST = 'Sample Analyst';
const ARTICLE_ID = 'sample-dw-2025-12-18-security-guarantees-ukraine';
const NOTES_ID = 'sample-interview-notes-fictional';
/** The sample brief's id: a fixed, valid UUID. */
const BRIEF_ID = '00000000-0000-4000-8000-100000000000';

/** One annotation of the sample, by quote. `links` name other entries by their `key`. */
interface SampleEntry {
  readonly key: string;
  /** The interview notes (S2) rather than the article (S1). */
  readonly notes?: boolean;
  readonly tag: Tag;
  readonly exact: string;
  readonly note: string;
  readonly speaker?: string;
  readonly confidence?: Confidence;
  readonly links?: readonly string[];
  readonly verdict?: ReviewVerdict;
}

const ENTRIES: readonly SampleEntry[] = [
  { key: 'force', tag: 'guarantee', exact: `European-led 'multinational force Ukraine' made up from contributions from willing nations.`, speaker: 'European leaders (joint statement)', confidence: 'moderate', note: 'The core European offer: a force built from national contributions, to regenerate Ukraine\'s forces, secure its skies and seas — "including through operating inside Ukraine".' },
  { key: 'monitoring', tag: 'guarantee', exact: 'US led ceasefire monitoring and verification mechanism with international participation', speaker: 'European leaders (joint statement)', confidence: 'moderate', note: 'The only element with a named US role; its mandate and size are open.' },
  { key: 'binding', tag: 'guarantee', exact: 'a legally binding commitment, subject to national procedures, to take measures to restore peace and security in the case of a future armed attack', speaker: 'European leaders (joint statement)', confidence: 'low', note: '"Subject to national procedures" means parliaments decide case by case: binding in name, discretionary in practice.' },
  { key: 'article5', tag: 'guarantee', exact: 'basis of the agreement is basically to have really, really strong guarantees — Article Five like — also a very, very strong deterrence', speaker: 'US official (via AFP)', confidence: 'low', note: 'Anonymous, and the US has issued no official statement.', verdict: { status: 'needs-source', comment: 'Find an on-record US statement before relying on this.', reviewer: 'Sample Reviewer', at: '2025-12-19T15:30:00.000Z' } },
  { key: 'no-troops', tag: 'risk', exact: 'This reportedly did not involve the deployment of US troops.', confidence: 'moderate', links: ['article5', 'monitoring'], note: 'Deterrence without US forces on the ground rests on European contributions that are still undefined.' },
  { key: 'not-binding', tag: 'risk', exact: 'It is support. However, it is not a legally binding obligation to defend Ukraine in the event of a new attack', speaker: 'Claudia Major', confidence: 'high', links: ['binding'], note: 'Directly contradicts the "legally binding" wording of the statement.', verdict: { status: 'agreed', comment: 'Matches the text of the statement.', reviewer: 'Sample Reviewer', at: '2025-12-19T15:20:00.000Z' } },
  { key: 'budapest-fear', tag: 'risk', exact: 'reason to fear the new commitments could turn into another Budapest Memorandum', speaker: 'Reisner', confidence: 'moderate', links: ['binding', 'force'], note: 'Commitments without enforcement have failed Ukraine before.' },
  { key: 'buffer-zone', tag: 'risk', exact: 'He warned against a "buffer zone" in Donbass, which Russians could access.', speaker: 'Wilfried Jilge', confidence: 'moderate', links: ['monitoring'], note: 'A zone Russian police could enter would test the monitoring mechanism from day one.' },
  { key: 'not-signing', tag: 'risk', exact: 'so far Russia had not said it was prepared to sign anything', speaker: 'Wilfried Jilge', confidence: 'high', links: ['monitoring', 'binding'], note: 'Every guarantee here presumes a ceasefire Russia has not agreed to.' },
  { key: 'no-texts', tag: 'risk', exact: 'We have not seen any texts yet. Once we see them, we will analyze them.', speaker: 'Dmitry Peskov', confidence: 'high', links: ['force', 'monitoring', 'binding'], note: 'The Kremlin keeps every option open; it also rejected a Christmas truce.' },
  { key: 'article5-means', tag: 'precedent', exact: 'Article 5 of the NATO treaty does not stipulate that an attack must be responded to with military means, but rather that each state should must use the means it deems necessary and appropriate', speaker: 'Susan Stewart', confidence: 'high', links: ['article5', 'binding'], note: 'Even Article 5 leaves the means to each state: the gap to the offered guarantees is smaller than it sounds.' },
  { key: 'budapest-minsk', tag: 'precedent', exact: 'another Budapest Memorandum or set of Minsk (I and II) Agreements', speaker: 'Reisner', links: ['binding', 'monitoring'], note: 'Budapest (1994) gave assurances, not guarantees; Minsk relied on monitoring Russia ignored.' },
  { key: 'crimea', tag: 'precedent', exact: 'these international agreements did not prevent Russia from attacking Crimea in 2014 and launching a full-scale invasion of Ukraine in 2022', links: ['force'], note: 'The record the new guarantees will be judged against.' },
  { key: 'no-pledges', notes: true, tag: 'risk', exact: 'no country had yet committed troops in numbers', speaker: 'European defence official (fictional)', confidence: 'moderate', links: ['force'], note: 'The force in the statement (S1) has no troops pledged behind it yet.' },
  { key: 'own-decision', notes: true, tag: 'risk', exact: 'each government would still take its own decision at the time, as parliaments must approve any deployment', speaker: 'European defence official (fictional)', confidence: 'high', links: ['binding'], note: 'Confirms what "subject to national procedures" means in practice.' },
  { key: 'observers', notes: true, tag: 'precedent', exact: 'the observer mission of the 2010s, which reported ceasefire violations but could not stop them', speaker: 'European defence official (fictional)', links: ['monitoring'], note: 'Monitoring without enforcement: the precedent the new mechanism has to beat.' },
];

/** The key judgments as the brief editor stores them: paragraphs, a bullet list, bold and italic. */
const KEY_JUDGMENTS: KeyJudgmentsDoc = keyJudgmentsDocFromBlocks([
  {
    kind: 'paragraph',
    runs: [
      { text: 'European leaders have put concrete guarantees on paper — a multinational force, a US-led ceasefire monitoring mechanism and a "legally binding" commitment to restore peace — but each is ' },
      { text: 'hedged by national procedures', bold: true },
      { text: '.' },
    ],
  },
  {
    kind: 'list',
    items: [
      [{ text: 'The guarantees are ' }, { text: 'not', italic: true }, { text: ' NATO Article 5: experts call them support, not an obligation to defend.' }],
      [{ text: 'No US troops are foreseen; deterrence rests on European contributions still to be defined.' }],
      [{ text: 'Moscow has seen no text and agreed to nothing; Donbass remains the sticking point.' }],
    ],
  },
  {
    kind: 'paragraph',
    runs: [{ text: 'We judge with ' }, { text: 'low confidence', bold: true }, { text: ' that the guarantees will be implemented as described until the texts are published.' }],
  },
]);

/** The sample annotation id for an entry: a fixed, valid UUID, so the file is reproducible. */
function sampleId(index: number): string {
  return `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

/** The text of `assets/samples/sample.brief`, from the sample article's and the interview notes' raw texts. */
export async function buildSampleBrief(rawArticle: string, rawNotes: string): Promise<string> {
  const draft = importPlainText(rawArticle, { publisher: 'DW' });
  const article: Article = { ...draft, id: ARTICLE_ID, textHash: await sha256Hex(canonicalText(draft.blocks)), importedAt: MADE_AT };
  const notesDraft = importPlainText(rawNotes, { publisher: 'Briefing Desk (fictional sample)' });
  const notes: Article = { ...notesDraft, published: '2025-12-19', id: NOTES_ID, textHash: await sha256Hex(canonicalText(notesDraft.blocks)), importedAt: MADE_AT };
  const ids = new Map(ENTRIES.map((entry, index) => [entry.key, sampleId(index)]));
  const annotations = ENTRIES.map((entry, index): Annotation => {
    const source = entry.notes ? notes : article;
    const text = canonicalText(source.blocks);
    const start = text.indexOf(entry.exact);
    if (start < 0 || text.indexOf(entry.exact, start + 1) >= 0) throw new RangeError(`Sample quote not found exactly once: ${entry.exact}`);
    return {
      id: sampleId(index),
      briefId: BRIEF_ID,
      articleId: source.id,
      tag: entry.tag,
      target: describeRange(text, { start, end: start + entry.exact.length }),
      note: entry.note,
      speaker: entry.speaker,
      confidence: entry.confidence,
      links: (entry.links ?? []).map((key) => {
        const id = ids.get(key);
        if (!id) throw new RangeError(`Sample link to unknown entry ${key}`);
        return id;
      }),
      author: ANALYST,
      createdAt: MADE_AT,
      updatedAt: MADE_AT,
      verdict: entry.verdict,
    };
  });
  const brief: Brief = {
    id: BRIEF_ID,
    sources: [ARTICLE_ID, NOTES_ID],
    title: 'Security guarantees for Ukraine: what is on the table',
    keyJudgments: keyJudgmentsPlainText(KEY_JUDGMENTS),
    keyJudgmentsDoc: KEY_JUDGMENTS,
    marking: 'UNCLASSIFIED // SAMPLE',
    author: ANALYST,
    settings: DEFAULT_BRIEF_SETTINGS,
  };
  return serializeBriefFile({ brief, articles: [article, notes], annotations, exportedAt: MADE_AT, exportedBy: ANALYST });
}
