/**
 * A set of realistic revisions of the sample article, for measuring re-anchoring: each case
 * is one annotated passage and the edits a newsroom made (typo fixes, an update paragraph, a
 * word or sentence rewritten, a paragraph cut, a headline changed), with what the passage is
 * in the new text — the same words, other words at the same place, or gone. Test-only: the
 * revision-set test and the benchmark read it; nothing in the product does.
 */
import { describeRange } from '../anchoring/text-selectors';
import type { Anchorable, Reanchored } from '../anchoring/reanchor';
import { toUtf16Offset } from '../model/code-points';

/** What became of the passage in the revised text. */
export type RevisionTruth =
  /**
   * The passage reads the same (the edits were elsewhere). `within` names its place when the
   * words occur more than once in the new text: the passage is the first occurrence in it.
   */
  | { readonly kind: 'same'; readonly within?: string }
  /** The passage is still there in other words: `now` is what it reads now. */
  | { readonly kind: 'changed'; readonly now: string }
  /** The passage was cut, or only occurs elsewhere now in a context that is not its own. */
  | { readonly kind: 'gone' };

/** One annotated passage and one revision of the article. */
export interface RevisionCase {
  readonly name: string;
  /** The annotated passage; it occurs once in the original text. */
  readonly quote: string;
  /** Replacements applied to the original text in order (each `from` occurs once). */
  readonly edits: readonly (readonly [from: string, to: string])[];
  readonly truth: RevisionTruth;
  /** The class of revision, as the report groups them. */
  readonly group: 'elsewhere' | 'typo' | 'word' | 'rewrite' | 'cut' | 'short' | 'ambiguous' | 'marks';
}

const UPDATE = "Update, December 19: Kremlin spokesman Dmitry Peskov said on Friday that Moscow had received no documents from Washington.\n\n";

/** The cases. */
export const REVISION_SET: readonly RevisionCase[] = [
  // Edits elsewhere: the passage must stay where it is, words unchanged.
  { group: 'elsewhere', name: 'an update paragraph at the top', quote: 'German Chancellor Friedrich Merz', edits: [['One of the main topics', `${UPDATE}One of the main topics`]], truth: { kind: 'same' } },
  { group: 'elsewhere', name: 'a new headline', quote: 'post-ceasefire security guarantees', edits: [['What security guarantees is Ukraine likely to be granted?', 'What guarantees can Ukraine expect from Europe and the US?']], truth: { kind: 'same' } },
  { group: 'elsewhere', name: 'a paragraph cut before it', quote: 'it is not a legally binding obligation to defend Ukraine', edits: [['Stewart said it would only be possibly', 'XX'], ['XX to assess the guarantees thoroughly once all the details had been published. "But I think it\'s very important that this step has now been taken, to list these points and say: \'Yes, we as Europeans are ready to do this.\'" She said that the statement indicated that "certain agreements with the US" had already been made.\n\n', '']], truth: { kind: 'same' } },
  { group: 'elsewhere', name: 'the caption credit removed', quote: 'Ukraine might drop its bid to become a member of NATO', edits: [[' Image: Andreas Stroh/Zumapress/picture alliance', '']], truth: { kind: 'same' } },
  { group: 'elsewhere', name: 'paragraphs swapped', quote: 'We have not seen any texts yet', edits: [["Russia's attacks on Ukraine are likely to continue over the holidays.", 'SWAP'], ['In response to a question about security guarantees, he said: "We have not seen any texts yet. Once we see them, we will analyze them."', "Russia's attacks on Ukraine are likely to continue over the holidays."], ['SWAP', 'In response to a question about security guarantees, he said: "We have not seen any texts yet. Once we see them, we will analyze them."']], truth: { kind: 'same' } },
  { group: 'elsewhere', name: 'a sentence added after it', quote: 'This reportedly did not involve the deployment of US troops.', edits: [['deployment of US troops.', 'deployment of US troops. The White House declined to comment.']], truth: { kind: 'same' } },

  // Typo fixes inside the passage.
  { group: 'typo', name: '"possibly" → "possible"', quote: 'it would only be possibly to assess the guarantees thoroughly', edits: [['only be possibly to', 'only be possible to']], truth: { kind: 'changed', now: 'it would only be possible to assess the guarantees thoroughly' } },
  { group: 'typo', name: '"should must" → "must"', quote: 'each state should must use the means it deems necessary and appropriate', edits: [['should must use', 'must use']], truth: { kind: 'changed', now: 'each state must use the means it deems necessary and appropriate' } },
  { group: 'typo', name: '"peacewe" → "peace, we"', quote: "We want peacewe don't want a truce that would give Ukraine a respite", edits: [['peacewe', 'peace, we']], truth: { kind: 'changed', now: "We want peace, we don't want a truce that would give Ukraine a respite" } },
  { group: 'typo', name: '"it\'s can be" → "it can be"', quote: "even if it's just police forces, it's can be expected that regulations will be undermined", edits: [["it's can be expected", 'it can be expected']], truth: { kind: 'changed', now: "even if it's just police forces, it can be expected that regulations will be undermined" } },
  { group: 'typo', name: 'a missing "to" added', quote: 'not comparable to those granted NATO members', edits: [['those granted NATO members', 'those granted to NATO members']], truth: { kind: 'changed', now: 'not comparable to those granted to NATO members' } },

  // A word replaced.
  { group: 'word', name: '"akin" → "similar"', quote: 'security guarantees akin to those offered by Article 5 of the North Atlantic Treaty', edits: [['guarantees akin to', 'guarantees similar to']], truth: { kind: 'changed', now: 'security guarantees similar to those offered by Article 5 of the North Atlantic Treaty' } },
  { group: 'word', name: '"upbeat" → "optimistic"', quote: 'Merz and Zelenskyy were upbeat about the progress made', edits: [['Zelenskyy were upbeat about', 'Zelenskyy were optimistic about']], truth: { kind: 'changed', now: 'Merz and Zelenskyy were optimistic about the progress made' } },
  { group: 'word', name: '"skeptical" → "doubtful"', quote: 'Reisner was also skeptical about the potential security guarantees for Ukraine', edits: [['also skeptical about', 'also doubtful about']], truth: { kind: 'changed', now: 'Reisner was also doubtful about the potential security guarantees for Ukraine' } },
  { group: 'word', name: '"feared" → "warned"', quote: 'also feared the current talks could lead to a "Minsk III."', edits: [['also feared the current talks', 'also warned the current talks']], truth: { kind: 'changed', now: 'also warned the current talks could lead to a "Minsk III."' } },
  { group: 'word', name: 'the last word replaced', quote: 'a US official said that the "basis of the agreement is basically', edits: [['agreement is basically to have', 'agreement is essentially to have']], truth: { kind: 'changed', now: 'a US official said that the "basis of the agreement is essentially' } },

  // A sentence rewritten in a paragraph that is still there.
  { group: 'rewrite', name: 'the NATO-bid sentence rewritten', quote: "agreed during the talks in Berlin to drop Ukraine's NATO bid", edits: [["agreed during the talks in Berlin to drop Ukraine's NATO bid", 'was ready, at the Berlin talks, to give up his country’s hope of joining NATO']], truth: { kind: 'changed', now: 'was ready, at the Berlin talks, to give up his country’s hope of joining NATO' } },
  { group: 'rewrite', name: 'a quote paraphrased', quote: 'there was no way of deducing what might happen concretely in the wake of a future Russian attack', edits: [['there was no way of deducing what might happen concretely in the wake of a future Russian attack', 'nobody could say what would concretely happen after a future Russian attack']], truth: { kind: 'changed', now: 'nobody could say what would concretely happen after a future Russian attack' } },
  { group: 'rewrite', name: 'the free economic zone sentence reworded', quote: 'the US had suggested setting up a "free economic zone"', edits: [['the US had suggested setting up a "free economic zone" in the areas', 'Washington had proposed a "free economic zone" in the parts']], truth: { kind: 'changed', now: 'Washington had proposed a "free economic zone"' } },

  // Cut from the article.
  { group: 'cut', name: 'the sentence cut', quote: 'This reportedly did not involve the deployment of US troops.', edits: [[' This reportedly did not involve the deployment of US troops.', '']], truth: { kind: 'gone' } },
  { group: 'cut', name: 'the paragraph cut', quote: 'These measures may include armed force, intelligence and logistical assistance', edits: [['It remains unclear what the guarantees for Ukraine could look like in concrete terms. "These measures may include armed force, intelligence and logistical assistance, economic and diplomatic actions," the European leaders\' statement said. So far, the US has not issued an official statement.\n\n', '']], truth: { kind: 'gone' } },
  { group: 'cut', name: 'a paragraph of questions cut', quote: 'Will troops be sent? Will someone come to defend Ukraine', edits: [['\n\nShe said that on the basis of what is currently known there was no way of deducing what might happen concretely in the wake of a future Russian attack. "Will troops be sent? Will someone come to defend Ukraine, as would happen in NATO? This is not the case."', '']], truth: { kind: 'gone' } },
  { group: 'cut', name: 'the closing line cut', quote: 'This text was originally published in Ukrainian.', edits: [['\n\nThis text was originally published in Ukrainian.', '']], truth: { kind: 'gone' } },
  { group: 'cut', name: 'the Christmas ceasefire sentence cut', quote: "The Kremlin rejected Chancellor Merz's idea of a short Christmas ceasefire.", edits: [[" The Kremlin rejected Chancellor Merz's idea of a short Christmas ceasefire.", '']], truth: { kind: 'gone' } },

  // Short unique quotes whose words around them changed on both sides.
  { group: 'short', name: '"Budapest Memorandum"', quote: 'Budapest Memorandum', edits: [['could turn into another Budapest Memorandum or set of', 'might become just another Budapest Memorandum or another set of']], truth: { kind: 'same' } },
  { group: 'short', name: '"Dmitry Peskov"', quote: 'Dmitry Peskov', edits: [['said Kremlin spokesman Dmitry Peskov.', 'Kremlin spokesman Dmitry Peskov told reporters.']], truth: { kind: 'same' } },
  { group: 'short', name: '"According to the AFP"', quote: 'According to the AFP', edits: [['According to the AFP news agency, a US official said', 'According to the AFP agency, one US official explained']], truth: { kind: 'same' } },
  { group: 'short', name: '"Claudia Major"', quote: 'Claudia Major', edits: [['In the opinion of Claudia Major, a security expert', 'For Claudia Major, security analyst']], truth: { kind: 'same' } },
  { group: 'short', name: '"Steve Witkoff"', quote: 'Steve Witkoff', edits: [['US special envoy Steve Witkoff, and', 'the US envoy Steve Witkoff and']], truth: { kind: 'same' } },

  // A short quote that occurs twice after the revision: never anchored to one of them unseen.
  { group: 'ambiguous', name: '"Minsk III" now twice', quote: '"Minsk III."', edits: [['could lead to a "Minsk III." He warned against a "buffer zone"', 'could lead to what he called a "Minsk III." A "Minsk III." would follow, he warned, as would a "buffer zone"']], truth: { kind: 'same', within: 'could lead to what he called a "Minsk III."' } },
  { group: 'ambiguous', name: '"Article Five like" cut, kept elsewhere', quote: 'Article Five like', edits: [['strong guarantees — Article Five like — also', 'strong guarantees — also'], ['Would the security guarantees be like NATO\'s Article 5?', 'Would the security guarantees be Article Five like?']], truth: { kind: 'gone' } },

  // Quotation marks that belong to the passage.
  { group: 'marks', name: '"buffer zone" with its context edited', quote: '"buffer zone"', edits: [['He warned against a "buffer zone" in Donbass', 'He cautioned against any "buffer zone" in the Donbas']], truth: { kind: 'same' } },
  { group: 'marks', name: '"on the path to victory" re-worded around', quote: '"on the path to victory,"', edits: [['since it believes it is "on the path to victory," he said', 'as it thinks it is "on the path to victory," Reisner said']], truth: { kind: 'same' } },
  { group: 'marks', name: 'a quoted phrase inside a changed sentence', quote: '"very important"', edits: [['was "very important" for Ukraine', 'was "very important" for Kyiv']], truth: { kind: 'same' } },
];

/** How re-anchoring placed one case. */
export type CaseOutcome = 'anchored' | 'anchored-wrongly' | 'review' | 'review-elsewhere' | 'orphaned';

/** What a re-anchoring function gives for one annotation: a status and, placed or offered, a range. */
export interface PlacedOutcome {
  readonly status: 'anchored' | 'needs-review' | 'orphaned';
  /** UTF-16 range in the new text (anchored: the target; needs review: the candidate). */
  readonly range?: { readonly start: number; readonly end: number };
}

/** Where the passage of `c` is in `revised` (UTF-16), or undefined when it is gone. */
export function truePlace(c: RevisionCase, revised: string): { readonly start: number; readonly end: number } | undefined {
  const { truth } = c;
  if (truth.kind === 'gone') return undefined;
  if (truth.kind === 'changed') {
    const at = revised.indexOf(truth.now);
    return at < 0 ? undefined : { start: at, end: at + truth.now.length };
  }
  const from = truth.within ? revised.indexOf(truth.within) : 0;
  const at = from < 0 ? -1 : revised.indexOf(c.quote, from);
  return at < 0 ? undefined : { start: at, end: at + c.quote.length };
}

/**
 * How `outcome` (re-anchoring case `c` onto `revised`) reads against the truth: placed or
 * offered at the passage's place (overlapping it), or somewhere else, or orphaned.
 */
export function judgeOutcome(c: RevisionCase, revised: string, outcome: PlacedOutcome): CaseOutcome {
  if (outcome.status === 'orphaned' || !outcome.range) return 'orphaned';
  const place = truePlace(c, revised);
  const right = !!place && outcome.range.start < place.end && place.start < outcome.range.end;
  if (outcome.status === 'anchored') return right ? 'anchored' : 'anchored-wrongly';
  return right ? 'review' : 'review-elsewhere';
}

/** `text` with `edits` applied; throws when an edit's text is missing or not unique. */
export function applyEdits(text: string, edits: RevisionCase['edits']): string {
  let out = text;
  for (const [from, to] of edits) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new RangeError(`The revision edit must occur once: ${from.slice(0, 60)}`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** A re-anchoring function as `reanchorAnnotations` is one: new text, annotations, the old text. */
export type Reanchor = (text: string, annotations: readonly Anchorable[], options: { readonly previous: string }) => readonly Reanchored[];

/** How `reanchor` places case `c` of the revision set, `sample` being the original canonical text. */
export function runRevisionCase(sample: string, c: RevisionCase, reanchor: Reanchor): CaseOutcome {
  const at = sample.indexOf(c.quote);
  if (at < 0 || sample.indexOf(c.quote, at + 1) >= 0) throw new RangeError(`The quote must occur once in the sample: ${c.quote}`);
  const revised = applyEdits(sample, c.edits);
  const [result] = reanchor(revised, [{ id: c.name, target: describeRange(sample, { start: at, end: at + c.quote.length }) }], { previous: sample });
  if (!result) throw new Error(`No outcome for ${c.name}`);
  const target = result.status === 'anchored' ? result.target : result.status === 'needs-review' ? result.candidate : undefined;
  const range = target && { start: toUtf16Offset(revised, target.position.start), end: toUtf16Offset(revised, target.position.end) };
  return judgeOutcome(c, revised, { status: result.status, range });
}

/** The outcomes of every case, counted. */
export function tallyRevisionSet(sample: string, reanchor: Reanchor): Record<CaseOutcome, number> {
  const tally: Record<CaseOutcome, number> = { anchored: 0, 'anchored-wrongly': 0, review: 0, 'review-elsewhere': 0, orphaned: 0 };
  for (const c of REVISION_SET) tally[runRevisionCase(sample, c, reanchor)]++;
  return tally;
}
