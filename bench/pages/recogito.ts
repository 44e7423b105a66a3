/**
 * @recogito/text-annotator as its documentation shows: `createTextAnnotator(container, {
 * adapter: W3CTextFormat(source, container) })`, then `setAnnotations` with W3C annotations.
 * Times navigation until the article and N highlights are painted, then `addAnnotation` of
 * single annotations in view until each is painted.
 */
import { createTextAnnotator, W3CTextFormat } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import type { Annotation } from '../../app/model/model';
import { afterPaint, fetchData, fetchJson, params, publish, renderArticle } from './page-kit';

const SOURCE = 'urn:briefing-desk:bench';

/** An annotation of ours in the W3C Web Annotation shape the W3C adapter reads. */
function toW3C(annotation: Annotation) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: annotation.id,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: annotation.tag }],
    target: { source: SOURCE, selector: [annotation.target.quote, annotation.target.position] },
  };
}

publish(async () => {
  const { article, annotations } = await fetchData(Number(params.get('n') ?? 0));
  const root = document.getElementById('article')!;
  renderArticle(root, article);
  const anno = createTextAnnotator(root, { adapter: W3CTextFormat(SOURCE, root) });
  anno.setAnnotations(annotations.map(toW3C) as never);
  const openMs = await afterPaint();
  const adds: number[] = [];
  const extra = Number(params.get('adds') ?? 0);
  if (extra > 0) {
    // Passages at the top of the article, in view, as a selection being tagged would be.
    const fresh = (await fetchJson<Annotation[]>('additions')).slice(0, extra);
    for (const annotation of fresh) {
      const start = performance.now();
      anno.addAnnotation(toW3C({ ...annotation, id: `${annotation.id}-r` }) as never);
      adds.push((await afterPaint()) - start);
    }
  }
  return { openMs, loaded: anno.state.store.all().length, adds };
});
