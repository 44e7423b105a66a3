import { describe, expect, it } from 'vitest';
import { captionCreditStart } from './caption-credit';

describe('captionCreditStart', () => {
  it('finds the credit run into a caption', () => {
    const text = 'Ukraine might drop its bid to become a member of NATO Image: Andreas Stroh/Zumapress/picture alliance';
    expect(text.slice(captionCreditStart(text))).toBe('Image: Andreas Stroh/Zumapress/picture alliance');
    const german = 'Selenskyj in Berlin Foto: Kay Nietfeld/dpa';
    expect(german.slice(captionCreditStart(german))).toBe('Foto: Kay Nietfeld/dpa');
  });

  it('finds none in a caption without a credit, or in a credit alone', () => {
    expect(captionCreditStart('Leaders met in Berlin')).toBeUndefined();
    expect(captionCreditStart('Image: Andreas Stroh')).toBeUndefined();
    expect(captionCreditStart('The image: unclear')).toBeUndefined();
  });
});
