import { describe, expect, it } from 'vitest';
import { annotationOn } from '../testing/test-annotation';
import { createChanges, deleteChanges, editChanges, linkChanges } from './annotation-changes';
import { describeChanges } from './change-description';

const NOW = '2026-12-01T12:00:00.000Z';

describe('describeChanges', () => {
  const text = 'Security guarantees akin to Article 5, if Ukraine drops its NATO bid.';
  const guarantee = annotationOn(text, 'Security guarantees akin to Article 5', { id: 'g', tag: 'guarantee' });
  const risk = annotationOn(text, 'drops its NATO bid', { id: 'r', tag: 'risk' });
  const all = new Map([guarantee, risk].map((a) => [a.id, a]));

  it('names a tagging and a deletion by their tag', () => {
    expect(describeChanges(createChanges(risk))).toBe('add Risk');
    expect(describeChanges(deleteChanges(all, 'g', NOW))).toBe('delete Guarantee');
  });

  it('names an edit by the field it changed', () => {
    expect(describeChanges(editChanges(all, 'r', { note: 'why' }, NOW))).toBe('edit note');
    expect(describeChanges(editChanges(all, 'r', { tag: 'precedent' }, NOW))).toBe('change to Precedent');
    expect(describeChanges(editChanges(all, 'r', { speaker: 'Peskov' }, NOW))).toBe('edit speaker');
    expect(describeChanges(editChanges(all, 'r', { confidence: 'high' }, NOW))).toBe('change confidence');
    expect(describeChanges(linkChanges(all, 'r', 'g', true, NOW))).toBe('link');
    expect(describeChanges([{ before: risk, after: { ...risk, verdict: { status: 'agreed', comment: '', reviewer: 'R', at: NOW } } }])).toBe('verdict');
  });
});
