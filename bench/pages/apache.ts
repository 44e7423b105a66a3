/**
 * @apache-annotator/dom as its documentation shows: `createTextQuoteSelectorMatcher(selector)`
 * applied to a Range over the article, iterating its matches. Times anchoring N quotes (as
 * many as fit in the time budget; the rest is projected from the measured rate).
 */
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { fetchData, params, publish, renderArticle, timeWithBudget } from './page-kit';

publish(async () => {
  const { article, annotations } = await fetchData(Number(params.get('n') ?? 0));
  const root = document.getElementById('article')!;
  renderArticle(root, article);
  const scope = document.createRange();
  scope.selectNodeContents(root);
  let found = 0;
  const { done, ms } = await timeWithBudget(annotations, Number(params.get('budget') ?? 30_000), async (annotation) => {
    for await (const match of createTextQuoteSelectorMatcher(annotation.target.quote)(scope)) {
      if (match) found++;
    }
  });
  return { done, ms, found, total: annotations.length };
});
