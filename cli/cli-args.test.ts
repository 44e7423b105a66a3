import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('reads render with its output and paper, in any order and either spelling', () => {
    const expected = { kind: 'render', inputs: ['a.brief'], output: 'a.pdf', format: 'pdf', paper: 'letter' };
    expect(parseCliArgs(['render', 'a.brief', '-o', 'a.pdf', '--paper', 'letter'])).toEqual(expected);
    expect(parseCliArgs(['render', '--paper=LETTER', '--output=a.pdf', 'a.brief'])).toEqual(expected);
    expect(parseCliArgs(['render', 'a.brief', '--output', 'a.pdf'])).toEqual({ kind: 'render', inputs: ['a.brief'], output: 'a.pdf', format: 'pdf' });
  });

  it('takes several brief files for one folder, and the appendix asked for', () => {
    expect(parseCliArgs(['render', 'a.brief', 'b.brief', '-o', 'out', '--appendix', 'FULL'])).toEqual({ kind: 'render', inputs: ['a.brief', 'b.brief'], output: 'out', format: 'pdf', appendix: 'full' });
    expect(parseCliArgs(['render', 'a.brief', 'b.brief', '-o', 'out', '--format=docx'])).toMatchObject({ format: 'docx' });
  });

  it('chooses Word by the output ending or --format, which wins', () => {
    expect(parseCliArgs(['render', 'a.brief', '-o', 'a.DOCX'])).toMatchObject({ format: 'docx' });
    expect(parseCliArgs(['render', 'a.brief', '-o', 'brief.out', '--format', 'docx'])).toMatchObject({ format: 'docx' });
    expect(parseCliArgs(['render', 'a.brief', '-o', 'a.docx', '--format=pdf'])).toMatchObject({ format: 'pdf' });
  });

  it('asks for help with no arguments or -h', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['render', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['print', 'a.brief'], /Unknown command "print"/],
    [['render', '-o', 'a.pdf'], /Name the brief file/],
    [['render', 'a.brief'], /-o <out.pdf>/],
    [['render', 'a.brief', '-o'], /-o needs a value/],
    [['render', 'a.brief', '-o', 'a.pdf', '--paper', 'a3'], /Unknown paper "a3"/],
    [['render', 'a.brief', '-o', 'a.pdf', '--appendix', 'some'], /Unknown appendix "some"; use short, full or none/],
    [['render', 'a.brief', '-o', 'a.pdf', '--appendix', 'full', '--appendix=none'], /--appendix is given twice/],
    [['render', 'a.brief', '-o', 'a.pdf', '-o', 'b.pdf'], /given twice/],
    [['render', 'a.brief', '-o', 'a.pdf', '--verbose'], /Unknown option --verbose/],
    [['render', 'a.brief', '-o', 'a.pdf', '--format', 'odt'], /Unknown format "odt"; use pdf or docx/],
  ])('refuses %j', (args, message) => {
    const result = parseCliArgs(args);
    expect(result.kind).toBe('usage-error');
    expect(result.kind === 'usage-error' && result.message).toMatch(message);
  });
});
