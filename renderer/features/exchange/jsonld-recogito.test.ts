// @vitest-environment happy-dom
// The JSON-LD export read back by @recogito/text-annotator, whose W3CTextFormat is how a
// web page annotator loads it: `W3CTextFormat(source, container).parse(item)` for each item
// of the collection's `first.items`, with `source` the items' target source.
import { W3CTextFormat } from '@recogito/text-annotator';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../app/model/canonical-text';
import { toWebAnnotationCollection } from '../../../app/export/export-jsonld';
import type { Article } from '../../../app/model/model';
import { annotationOn } from '../../../app/testing/test-annotation';

const blocks = [
  { type: 'heading' as const, text: 'Guarantees for Ukraine' },
  { type: 'paragraph' as const, text: 'Allies offered a guarantee. There is a risk of a buffer zone.' },
];
const text = canonicalText(blocks);
const article: Article = { id: 'art', title: 'Guarantees for Ukraine', blocks, textHash: 'ab'.repeat(32), importedAt: '2025-12-18T09:00:00Z' };

describe('the JSON-LD export in @recogito/text-annotator', () => {
  it('parses every annotation, with its passage and every body', () => {
    const annotations = [
      annotationOn(text, 'a guarantee', { id: '00000000-0000-4000-8000-000000000001', note: 'Core offer', speaker: 'Allies', confidence: 'high' }),
      annotationOn(text, 'a buffer zone', {
        id: 'imported note 1',
        tag: 'risk',
        links: ['00000000-0000-4000-8000-000000000001'],
        verdict: { status: 'agreed', comment: '', reviewer: 'Rea', at: '2025-12-19T08:00:00Z' },
      }),
    ];
    const collection = JSON.parse(
      JSON.stringify(toWebAnnotationCollection([article], annotations, { collectionId: '00000000-0000-4000-8000-000000000009', generator: { name: 'Briefing Desk', version: '0.1.0' }, exportedAt: '2025-12-20T09:00:00Z' })),
    );
    const format = W3CTextFormat(`urn:sha256:${article.textHash}`);
    for (const item of collection.first.items) {
      const { parsed, error } = format.parse(item);
      expect(error).toBeUndefined();
      expect(parsed?.id).toBe(item.id);
      expect(parsed?.target.selector[0]?.quote).toBe(item.target.selector[1].exact);
      expect(parsed?.bodies.map((b) => b.purpose)).toEqual(item.body.map((b: { purpose: string }) => b.purpose));
    }
  });
});
