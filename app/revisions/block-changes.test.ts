import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../model/model';
import { alignBlocks, blockDiff, describeBlockChanges } from './block-changes';

const blocks = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ type: 'paragraph', text }));

describe('alignBlocks', () => {
  it('finds nothing changed in the same blocks', () => {
    expect(alignBlocks(blocks('a', 'b'), blocks('a', 'b'))).toEqual({ changes: { added: 0, removed: 0, edited: 0 }, newIndexOf: [0, 1] });
  });

  it('reads a block replaced in place as edited, and follows the blocks after it', () => {
    const { changes, newIndexOf } = alignBlocks(
      blocks('title', 'The guarantees would be akin to Article 5 of the treaty.', 'end'),
      blocks('title', 'The guarantees would be similar to Article 5 of the treaty.', 'end'),
    );
    expect(changes).toEqual({ added: 0, removed: 0, edited: 1 });
    expect(newIndexOf).toEqual([0, 1, 2]);
  });

  it('counts an update paragraph added at the top and a paragraph removed below', () => {
    const { changes, newIndexOf } = alignBlocks(blocks('title', 'one', 'two', 'three'), blocks('title', 'Update: news', 'one', 'three'));
    expect(changes).toEqual({ added: 1, removed: 1, edited: 0 });
    expect(newIndexOf).toEqual([0, 2, undefined, 3]);
  });

  it('pairs each old block with the new one sharing most of its words, in order; the rest added or removed', () => {
    const talks = 'Leaders met in Berlin on Monday to discuss the ceasefire and the guarantees.';
    const bid = 'Kyiv was asked to drop its bid to join NATO, a demand its president refused.';
    const weather = 'The weather in the capital was cold and grey all week long.';
    const { changes, newIndexOf } = alignBlocks(
      blocks('t', talks, bid, weather, 'z'),
      blocks('t', 'Leaders met in Berlin on Monday to discuss the ceasefire.', 'A wholly new paragraph on something else entirely.', 'Kyiv was asked to drop its bid to join NATO.', 'z'),
    );
    expect(changes).toEqual({ added: 1, removed: 1, edited: 2 });
    expect(newIndexOf).toEqual([0, 1, 3, undefined, 4]);
  });
});

describe('describeBlockChanges', () => {
  it('says what changed, the first count with its noun', () => {
    expect(describeBlockChanges({ added: 1, removed: 0, edited: 2 })).toBe('2 paragraphs edited, 1 added');
    expect(describeBlockChanges({ added: 0, removed: 1, edited: 0 })).toBe('1 paragraph removed');
    expect(describeBlockChanges({ added: 0, removed: 0, edited: 0 })).toBe('no paragraph changed');
  });
});

describe('blockDiff', () => {
  it('reads the revision in order: unchanged runs counted, the edit with both wordings, the update added, the cut removed', () => {
    const edited = 'The guarantees would be akin to Article 5 of the treaty.';
    const now = 'The guarantees would be similar to Article 5 of the treaty.';
    expect(blockDiff(blocks('t', 'a', edited, 'cut paragraph with words', 'z'), blocks('t', 'Update: news', 'a', now, 'z'))).toEqual([
      { kind: 'same', count: 1 },
      { kind: 'added', text: 'Update: news' },
      { kind: 'same', count: 1 },
      { kind: 'edited', before: edited, after: now },
      { kind: 'removed', text: 'cut paragraph with words' },
      { kind: 'same', count: 1 },
    ]);
  });
});
