/**
 * Comparing two analysts in review mode: `Compare with a brief…` takes a teammate's `.brief`
 * file that shares sources with this brief and lists, overall and per source, the passages both
 * tagged, those only one of them tagged, and the tag disagreements (by passage, see
 * app/review/compare-briefs.ts). Reading the file changes nothing stored.
 */
import { useMemo, useRef, useState } from 'react';
import { parseBriefFile } from '../../../app/exchange/brief-file';
import type { PassagePair } from '../../../app/review/compare-analysts';
import { compareBriefs, type BriefComparison } from '../../../app/review/compare-briefs';
import type { Annotation, Article } from '../../../app/model/model';
import { tagStyle } from '../../../app/model/tags';
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

function PairList({ label, pairs, other, sourceOf }: { label: string; pairs: readonly PassagePair[]; other: string; sourceOf: (a: Annotation) => string | undefined }) {
  return (
    <section className="compare-group">
      <h4>
        {label} ({pairs.length})
      </h4>
      <ul aria-label={label}>
        {pairs.map(({ a, b }) => (
          <li key={`${a.id}-${b.id}`}>
            This copy: {describe(a, sourceOf)} — {other}: {describe(b, () => undefined)}
          </li>
        ))}
      </ul>
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
          <PairList label="Both tagged" pairs={comparison.overall.agreements} other={compared.other} sourceOf={sourceOf} />
          <PairList label="Tag disagreements" pairs={comparison.overall.disagreements} other={compared.other} sourceOf={sourceOf} />
          <OnlyList label="Only in this copy" annotations={comparison.overall.onlyA} sourceOf={sourceOf} />
          <OnlyList label={`Only in ${compared.other}`} annotations={comparison.overall.onlyB} sourceOf={sourceOf} />
          <button type="button" onClick={() => setCompared(null)}>
            Close comparison
          </button>
        </section>
      )}
    </>
  );
}
