import { describe, expect, it } from 'vitest';
import { FileIntake, MAX_FILE_BYTES } from './file-intake';

describe('FileIntake', () => {
  it('hands each file to the importer of its type, whichever way it came', () => {
    const intake = new FileIntake();
    const opened: string[] = [];
    intake.register({ accepts: (name) => name.endsWith('.brief'), open: (file) => opened.push(`brief ${file.name}`) });
    intake.register({ accepts: (name) => /\.(txt|md|html?)$/.test(name), open: (file) => opened.push(`article ${file.name}`) });
    const refused: string[] = [];
    expect(intake.deliver(new File(['{}'], 'team.brief'), (m) => refused.push(m))).toBe(true);
    expect(intake.deliver(new File(['text'], 'report.md'), (m) => refused.push(m))).toBe(true);
    expect(opened).toEqual(['brief team.brief', 'article report.md']);
    expect(refused).toEqual([]);
  });

  it('refuses a file no importer takes with one message that names it and changes nothing', () => {
    const intake = new FileIntake();
    const stop = intake.register({ accepts: (name) => name.endsWith('.brief'), open: () => {} });
    const refused: string[] = [];
    expect(intake.deliver(new File([''], 'photo.jpg'), (m) => refused.push(m))).toBe(false);
    stop();
    expect(intake.deliver(new File([''], 'team.brief'), (m) => refused.push(m))).toBe(false);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/^“photo\.jpg” cannot be imported: only .*Nothing was changed\.$/);
  });

  it('refuses a file larger than the limit before anything reads it', () => {
    const intake = new FileIntake();
    let opened = 0;
    intake.register({ accepts: () => true, open: () => opened++ });
    const refused: string[] = [];
    // A File whose size is over the limit without holding the bytes: only its size is asked.
    const huge = Object.defineProperty(new File(['x'], 'huge.brief'), 'size', { value: MAX_FILE_BYTES + 1 });
    let read = false;
    huge.text = async () => ((read = true), '');
    expect(intake.deliver(huge, (m) => refused.push(m))).toBe(false);
    expect([opened, read]).toEqual([0, false]);
    expect(refused).toEqual(['“huge.brief” is too large to import (200 MB; the limit is 200 MB). Nothing was changed.']);
  });
});
