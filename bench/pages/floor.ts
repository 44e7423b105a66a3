/**
 * The floor under the tagging figure: a page that does nothing on G, R or P but add a
 * highlight to its text and an active card at the top of its list, at once, in the key's own
 * event. Measured with the app's tagging probe, it is what Chromium on this machine takes from
 * a key to the painted frame showing such a change when the page has no work to do.
 */
import { publish } from './page-kit';

const TAG_KEYS = new Set(['g', 'r', 'p']);

publish(async () => {
  const text = document.querySelector<HTMLElement>('.article-text')!;
  const scroller = document.querySelector<HTMLElement>('.card-scroller')!;
  text.textContent = 'A passage of the article, tagged again and again. ';
  let count = 0;
  window.addEventListener('keydown', (event) => {
    if (!TAG_KEYS.has(event.key)) return;
    const mark = document.createElement('mark');
    mark.dataset.annotationId = String(++count);
    mark.textContent = `highlight ${count} `;
    text.append(mark);
    scroller.querySelector('.annotation-card.active')?.classList.remove('active');
    const card = document.createElement('div');
    card.className = 'annotation-card active';
    const quote = document.createElement('blockquote');
    quote.className = 'card-quote';
    quote.textContent = 'floor';
    card.append(quote);
    scroller.prepend(card);
  });
  return { ready: true };
});
