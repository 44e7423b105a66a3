/**
 * dom-anchor-text-quote as its documentation shows: `toRange(root, selector, { hint })` with
 * the stored position as the hint. Times anchoring N quotes (as many as fit in the time
 * budget; the rest is projected from the measured rate).
 */
import { toRange } from 'dom-anchor-text-quote';
import { fetchData, params, publish, renderArticle, timeWithBudget } from './page-kit';

publish(async () => {
  const { article, annotations } = await fetchData(Number(params.get('n') ?? 0));
  const root = document.getElementById('article')!;
  renderArticle(root, article);
  let found = 0;
  const { done, ms } = await timeWithBudget(annotations, Number(params.get('budget') ?? 30_000), (annotation) => {
    if (toRange(root, annotation.target.quote, { hint: annotation.target.position.start })) found++;
  });
  return { done, ms, found, total: annotations.length };
});
