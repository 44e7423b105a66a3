import { describe, expect, it } from 'vitest';
import { FileIntake } from './file-intake';

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
});
