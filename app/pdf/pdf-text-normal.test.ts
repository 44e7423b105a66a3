import { describe, expect, it } from 'vitest';
import { normalisePdfText } from './pdf-text-normal';

describe('normalisePdfText', () => {
  it('spells out ligatures and drops soft hyphens', () => {
    expect(normalisePdfText('ﬁnance the ﬂeet, oﬀer, eﬃcient, baﬄe, arrange\u00ADment')).toBe('finance the fleet, offer, efficient, baffle, arrangement');
  });

  it('turns Arabic presentation forms into letters', () => {
    expect(normalisePdfText('ﺿﻤﺎﻧﺎت')).toBe('ضمانات');
  });

  it('keeps everything else exactly: diacritics, Cyrillic, typographic quotes and dashes', () => {
    const text = 'Zürich, Łódź — «Гарантії безпеки» “quoted” ½ ﬁ'.slice(0, -2);
    expect(normalisePdfText(text)).toBe(text);
  });
});
