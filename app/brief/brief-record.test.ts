import { describe, expect, it } from 'vitest';
import { DEFAULT_BRIEF_SETTINGS } from './brief-settings';
import { DEFAULT_MARKING, newBrief, readStoredBrief } from './brief-record';

const ONE = { id: 'b1', sources: ['a1'] };

describe('readStoredBrief', () => {
  it('gives a new brief for nothing stored', () => {
    expect(readStoredBrief(undefined, ONE, 'Ada')).toEqual(newBrief(ONE, 'Ada'));
    expect(newBrief(ONE, 'Ada')).toMatchObject({ title: '', marking: DEFAULT_MARKING, settings: DEFAULT_BRIEF_SETTINGS });
  });

  it('reads an older shape (plain key judgments, no settings) with defaults and a rich form', () => {
    const brief = readStoredBrief({ articleId: 'a1', title: 'T', keyJudgments: 'One.\n\n- a\n- b', marking: 'SECRET', author: 'Bo' }, ONE, 'Ada');
    expect(brief).toMatchObject({ id: 'b1', sources: ['a1'] });
    expect(brief).toMatchObject({ title: 'T', marking: 'SECRET', author: 'Bo', settings: DEFAULT_BRIEF_SETTINGS });
    expect(brief.keyJudgmentsDoc).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One.' }] },
        { type: 'bullet_list', content: ['a', 'b'].map((t) => ({ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
      ],
    });
  });

  it('keeps valid fields and defaults invalid ones', () => {
    const brief = readStoredBrief(
      { title: 42, marking: 'CONFIDENTIAL', keyJudgmentsDoc: { type: 'doc', content: [{ type: 'script' }] }, settings: { includeTags: ['risk', 'bogus'], order: 'text', appendix: 'yes', paper: 'letter' } },
      ONE,
      'Ada',
    );
    expect(brief.title).toBe('');
    expect(brief.marking).toBe('CONFIDENTIAL');
    expect(brief.keyJudgmentsDoc).toBeUndefined();
    expect(brief.settings).toEqual({ ...DEFAULT_BRIEF_SETTINGS, order: 'text', paper: 'letter' });
  });

  it('reads the sources a record holds, each once, and keeps the identity it is read as', () => {
    const brief = readStoredBrief({ id: 'other', sources: ['a2', 'a1', 'a2', 7, ''] }, ONE, 'Ada');
    expect(brief).toMatchObject({ id: 'b1', sources: ['a2', 'a1'] });
    expect(readStoredBrief({ sources: 'a3' }, ONE, 'Ada').sources).toEqual(['a1']);
  });
});
