/**
 * Comparing two analysts in review mode: `Compare with a brief…` takes a teammate's `.brief`
 * file of the same article and lists the passages both tagged, those only one of them tagged,
 * and the tag disagreements (by passage, see app/review/compare-analysts.ts). Reading the file
 * changes nothing stored.
 */
import { useRef, useState } from 'react';
import { parseBriefFile } from '../../../app/exchange/brief-file';
import { compareAnalysts, type AnalystComparison, type PassagePair } from '../../../app/review/compare-analysts';
import type { Annotation, Article } from '../../../app/model/model';
import { tagStyle } from '../../../app/model/tags';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import { useServices } from '../../services/services';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link CompareBrief}. */
export interface CompareBriefProps {
  readonly article: Article;
  /** This copy's annotations. */
  readonly annotations: readonly Annotation[];
}

/** A quote with its tag: `Risk: “…”`. */
function describe(annotation: Annotation): string {
  return `${tagStyle(annotation.tag).label}: “${annotation.target.quote.exact}”`;
}

function PairList({ label, pairs, other }: { label: string; pairs: readonly PassagePair[]; other: string }) {
  return (
    <section className="compare-group">
      <h4>
        {label} ({pairs.length})
      </h4>
      <ul aria-label={label}>
        {pairs.map(({ a, b }) => (
          <li key={`${a.id}-${b.id}`}>
            This copy: {describe(a)} — {other}: {describe(b)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OnlyList({ label, annotations }: { label: string; annotations: readonly Annotation[] }) {
  return (
    <section className="compare-group">
      <h4>
        {label} ({annotations.length})
      </h4>
      <ul aria-label={label}>
        {annotations.map((a) => (
          <li key={a.id}>{describe(a)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The compare button and, once a file is read, the comparison. */
export function CompareBrief({ article, annotations }: CompareBriefProps) {
  const { notifications } = useServices();
  const onError = notifications.error;
  const input = useRef<HTMLInputElement>(null);
  const [compared, setCompared] = useState<{ other: string; theirs: readonly Annotation[] } | null>(null);
  const comparison: AnalystComparison | null = compared && compareAnalysts(annotations, compared.theirs);

  async function read(file: File) {
    try {
      const parsed = await parseBriefFile(await file.text());
      if (!parsed.ok) return onError(`${file.name} cannot be compared. ${parsed.message}`);
      const same = parsed.value.articles.find((a) => a.textHash === article.textHash);
      if (!same) {
        return onError(`${file.name} is a brief of other articles (“${parsed.value.articles[0]?.title ?? 'none'}”): compare a brief that has “${article.title}” among its sources.`);
      }
      onError(null);
      setCompared({ other: `${parsed.value.exportedBy}'s brief`, theirs: parsed.value.annotations.filter((a) => a.articleId === same.id) });
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
          <PairList label="Both tagged" pairs={comparison.agreements} other={compared.other} />
          <PairList label="Tag disagreements" pairs={comparison.disagreements} other={compared.other} />
          <OnlyList label="Only in this copy" annotations={comparison.onlyA} />
          <OnlyList label={`Only in ${compared.other}`} annotations={comparison.onlyB} />
          <button type="button" onClick={() => setCompared(null)}>
            Close comparison
          </button>
        </section>
      )}
    </>
  );
}
