/**
 * Comparing two analysts in review mode: `Compare with a brief…` takes a teammate's `.brief`
 * file that shares sources with this brief and gives Cohen's κ over characters (overall and per
 * tag, on the coded text and on all of it), then lists the disagreements first — tags that
 * differ, passages only one of them tagged — then the passages both tagged the same, with any
 * note, confidence or speaker that differs (by passage, see app/review/compare-briefs.ts). Reading the file changes nothing stored.
 */
import { useMemo, useRef, useState } from 'react';
import { parseBriefFile } from '../../../app/exchange/brief-file';
import { pairDifferences, type PassagePair } from '../../../app/review/compare-analysts';
import type { CharacterAgreement } from '../../../app/review/character-agreement';
import type { KappaFigure } from '../../../app/review/cohens-kappa';
import type { AlphaFigure } from '../../../app/review/unitizing-alpha';
import { compareBriefs, type BriefComparison } from '../../../app/review/compare-briefs';
import type { Annotation, Article } from '../../../app/model/model';
import { TAG_STYLES, tagStyle } from '../../../app/model/tags';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { useServices } from '../../services/services';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link CompareBrief}. */
export interface CompareBriefProps {
  /** This brief's sources, in its order. */
  readonly sources: readonly Article[];
  /** This copy's annotations. */
  readonly annotations: readonly Annotation[];
}

/** A quote with its tag, after its source in a brief of several: `S2 · Risk: “…”`. */
function describe(annotation: Annotation, sourceOf: (a: Annotation) => string | undefined): string {
  const source = sourceOf(annotation);
  return `${source ? `${source} · ` : ''}${tagStyle(annotation.tag).label}: “${annotation.target.quote.exact}”`;
}

/** How one comparison adds up, in words. */
function tally(c: BriefComparison['overall']): string {
  return `${c.agreements.length} both tagged, ${c.disagreements.length} tag disagreements, ${c.onlyA.length} only here, ${c.onlyB.length} only there`;
}

const FIELD_LABEL = { note: 'Notes differ', confidence: 'Confidence differs', speaker: 'Speakers differ' } as const;

function PairList({ label, pairs, other, sourceOf }: { label: string; pairs: readonly PassagePair[]; other: string; sourceOf: (a: Annotation) => string | undefined }) {
  return (
    <section className="compare-group">
      <h4>
        {label} ({pairs.length})
      </h4>
      <ul aria-label={label}>
        {pairs.map((pair) => (
          <li key={`${pair.a.id}-${pair.b.id}`}>
            This copy: {describe(pair.a, sourceOf)} — {other}: {describe(pair.b, () => undefined)}
            {pairDifferences(pair).map((d) => (
              <span key={d.field} className="compare-difference">
                {' '}
                · {FIELD_LABEL[d.field]}: “{d.a || 'none'}” here, “{d.b || 'none'}” there
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A κ as text: two decimals, or why there is none; with the observed agreement and the characters counted. */
function kappaText(figure: KappaFigure): string {
  if (figure.items === 0) return 'no characters';
  const kappa = figure.kappa === undefined ? 'not defined' : figure.kappa.toFixed(2);
  return `${kappa} (agreement ${((figure.observed ?? 0) * 100).toFixed(1)} %, ${figure.items.toLocaleString('en')} characters)`;
}

/** An α_u as text: two decimals, or why there is none; with the units behind it. */
function alphaText(figure: AlphaFigure): string {
  return `${figure.alpha === undefined ? 'not defined' : figure.alpha.toFixed(2)} (${figure.units} unit${figure.units === 1 ? '' : 's'})`;
}

/** Cohen's κ overall and per tag, over all the text and over the text either analyst tagged, and Krippendorff's α_u over the spans. */
function AgreementTable({ agreement, alpha }: { readonly agreement: CharacterAgreement; readonly alpha: BriefComparison['alpha'] }) {
  const rows: [string, CharacterAgreement['overall'], AlphaFigure][] = [
    ['All tags', agreement.overall, alpha.overall],
    ...TAG_STYLES.map((style): [string, CharacterAgreement['overall'], AlphaFigure] => [style.label, agreement.perTag[style.tag], alpha.perTag[style.tag]]),
  ];
  return (
    <section className="compare-group">
      <h4>Agreement (Cohen’s κ over characters, Krippendorff’s α_u over spans)</h4>
      <table className="agreement-table">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col">Coded text</th>
            <th scope="col">All text</th>
            <th scope="col">α_u</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, pair, a]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{kappaText(pair.coded)}</td>
              <td>{kappaText(pair.all)}</td>
              <td>{alphaText(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="import-hint">
        Each character is labelled untagged, G, R, P or several by each analyst. “Coded text” counts only the characters either of you tagged, so untagged text cannot raise the figure; “All text” counts every
        character, as some tools do. α_u compares where each of you put the spans of each tag, boundary by boundary; it is defined only where something was tagged.
      </p>
    </section>
  );
}

function OnlyList({ label, annotations, sourceOf }: { label: string; annotations: readonly Annotation[]; sourceOf: (a: Annotation) => string | undefined }) {
  return (
    <section className="compare-group">
      <h4>
        {label} ({annotations.length})
      </h4>
      <ul aria-label={label}>
        {annotations.map((a) => (
          <li key={a.id}>{describe(a, sourceOf)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The compare button and, once a file is read, the comparison. */
export function CompareBrief({ sources, annotations }: CompareBriefProps) {
  const { notifications } = useServices();
  const onError = notifications.error;
  const input = useRef<HTMLInputElement>(null);
  const [compared, setCompared] = useState<{ other: string; comparison: BriefComparison } | null>(null);
  const comparison = compared?.comparison;
  const several = sources.length > 1;
  // Every annotation of either copy is labelled by the source here it was compared in.
  const labels = useMemo(() => {
    const byAnnotation = new Map<Annotation, string>();
    for (const { label, comparison: c } of comparison?.perSource ?? []) {
      for (const a of [...c.onlyA, ...c.onlyB, ...[...c.agreements, ...c.disagreements].flatMap((p) => [p.a, p.b])]) byAnnotation.set(a, label);
    }
    return byAnnotation;
  }, [comparison]);
  const sourceOf = (a: Annotation): string | undefined => (several ? labels.get(a) : undefined);

  async function read(file: File) {
    try {
      const parsed = await parseBriefFile(await file.text());
      if (!parsed.ok) return onError(`${file.name} cannot be compared. ${parsed.message}`);
      const result = compareBriefs(sources, annotations, parsed.value);
      if (result.perSource.length === 0) {
        return onError(`${file.name} is a brief of other articles (“${parsed.value.articles[0]?.title ?? 'none'}”): compare a brief that shares a source with this one.`);
      }
      onError(null);
      setCompared({ other: `${parsed.value.exportedBy}'s brief`, comparison: result });
    } catch (e) {
      onError(`${file.name} cannot be compared: ${errorMessage(e)}`);
    }
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Compare with a brief…
      </button>
      <HiddenFileInput ref={input} accept=".brief,application/json" label="Brief to compare" onFile={(file) => void read(file)} />
      {compared && comparison && (
        <section role="region" aria-label="Comparison" className="comparison">
          <h3>Compared with {compared.other}</h3>
          {(several || comparison.onlyThere.length > 0) && (
            <ul aria-label="By source" className="compare-sources">
              <li>Overall: {tally(comparison.overall)}</li>
              {comparison.perSource.map((s) => (
                <li key={s.article.id}>
                  {s.label} {s.article.title}: {tally(s.comparison)}
                </li>
              ))}
              {comparison.onlyHere.map((a) => (
                <li key={a.id}>{a.title}: only in this brief, not compared</li>
              ))}
              {comparison.onlyThere.map((a) => (
                <li key={a.textHash}>{a.title}: only in {compared.other}, not compared</li>
              ))}
            </ul>
          )}
          <AgreementTable agreement={comparison.agreement} alpha={comparison.alpha} />
          <PairList label="Tag disagreements" pairs={comparison.overall.disagreements} other={compared.other} sourceOf={sourceOf} />
          <OnlyList label="Only in this copy" annotations={comparison.overall.onlyA} sourceOf={sourceOf} />
          <OnlyList label={`Only in ${compared.other}`} annotations={comparison.overall.onlyB} sourceOf={sourceOf} />
          <PairList label="Both tagged" pairs={comparison.overall.agreements} other={compared.other} sourceOf={sourceOf} />
          <button type="button" onClick={() => setCompared(null)}>
            Close comparison
          </button>
        </section>
      )}
    </>
  );
}
