/**
 * mark.js as its documentation shows: `new Mark(context).markRanges(ranges)` over the
 * article's text. Times navigation until the article and N highlights are painted.
 */
import Mark from 'mark.js';
import { toUtf16Offset } from '../../app/model/code-points';
import { canonicalText } from '../../app/model/canonical-text';
import { afterPaint, fetchData, params, publish, renderArticle } from './page-kit';

publish(async () => {
  const { article, annotations } = await fetchData(Number(params.get('n') ?? 0));
  const root = document.getElementById('article')!;
  renderArticle(root, article);
  const text = canonicalText(article.blocks);
  const ranges = annotations.map((a) => {
    const start = toUtf16Offset(text, a.target.position.start);
    return { start, length: toUtf16Offset(text, a.target.position.end) - start };
  });
  const marked = await new Promise<number>((resolve) => new Mark(root).markRanges(ranges, { done: resolve }));
  const openMs = await afterPaint();
  return { openMs, painted: marked, marks: root.querySelectorAll('mark').length };
});
