import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import type { Annotation, Article } from '../model/model';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_NOTES, NOTES_ANNOTATIONS } from '../testing/brief-test-fixture';
import { defaultCodeMapping, projectAnnotations } from './qda-annotations';
import { qdpxBytes } from './qdpx-export';
import { blocksOfText, QdpxRefusal, readQdpx, tagOfCodeName } from './qdpx-import';

/** Articles made of a project's read sources, with ids of their own. */
const stored = (drafts: ReturnType<typeof readQdpx>['sources']): Article[] => drafts.map((d, i) => ({ ...d, id: `imported-${i}`, textHash: '0'.repeat(64), importedAt: '2026-01-01T00:00:00Z' }));

describe('readQdpx of an exported brief: the round trip', () => {
  const articles = [FIXTURE_ARTICLE, FIXTURE_NOTES];
  // The app's ids are UUIDs, which a project keeps as its selections' GUIDs.
  const uuid = new Map([...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS].map((a, i) => [a.id, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`]));
  const annotations = [...FIXTURE_ANNOTATIONS, ...NOTES_ANNOTATIONS].map((a) => ({ ...a, id: uuid.get(a.id)!, links: a.links.flatMap((l) => (uuid.has(l) ? [uuid.get(l)!] : [])), note: a.note || `Note of ${a.id} 😀` }));
  const project = readQdpx(qdpxBytes({ name: 'Round trip', articles, annotations, exportedBy: 'A. Analyst', exportedAt: '2026-01-05T09:30:00Z', origin: 'Briefing Desk' }));

  it('gives back each source’s text exactly, and the three codes mapped to their tags', () => {
    expect(project.name).toBe('Round trip');
    expect(project.sources.map((s) => canonicalText(s.blocks))).toEqual(articles.map((a) => canonicalText(a.blocks)));
    expect(project.codes.map((c) => c.tag)).toEqual(['guarantee', 'risk', 'precedent']);
  });

  it('gives back the same annotations: tags, passages, notes, authors and links', () => {
    const back = projectAnnotations(project, articles, defaultCodeMapping(project), 'brief-2', '2026-02-01T00:00:00Z');
    const view = (list: readonly Annotation[]) =>
      list
        .map((a) => ({ id: a.id, articleId: a.articleId, tag: a.tag, position: a.target.position, exact: a.target.quote.exact, note: a.note, author: a.author, links: a.links.filter((l) => list.some((x) => x.id === l)) }))
        .sort((x, y) => x.id.localeCompare(y.id));
    expect(view(back)).toEqual(view(annotations));
  });
});

describe('readQdpx of a project written by hand, in the shape other tools write', () => {
  const text = 'Interview 🇺🇦 transcript\nQ: What guarantees?\r\nA: A force — “not yet”, said Łukasz.\n\nQ: Risks?\nA: Russia refuses.\n';
  const points = [...text];
  const at = (quote: string) => {
    const start = [...text.slice(0, text.indexOf(quote))].length;
    return `startPosition="${start}" endPosition="${start + [...quote].length}"`;
  };
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Field work" origin="QualCoder 3.5">
<Users><User guid="a1a1a1a1-0000-4000-8000-000000000001" name="Ivana"/></Users>
<CodeBook><Codes>
<Code guid="c0000000-0000-4000-8000-000000000001" name="GUARANTEES" isCodable="true" color="#00FF00"/>
<Code guid="c0000000-0000-4000-8000-000000000002" name="risk" isCodable="true"/>
<Code guid="c0000000-0000-4000-8000-000000000003" name="Sicherheitslage" isCodable="true"><Code guid="c0000000-0000-4000-8000-000000000004" name="Truppen" isCodable="true"/></Code>
</Codes></CodeBook>
<Sources><TextSource guid="50000000-0000-4000-8000-000000000001" name="Interview 1" plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">
<PlainTextSelection guid="e0000000-0000-4000-8000-000000000001" ${at('A force — “not yet”')} creatingUser="a1a1a1a1-0000-4000-8000-000000000001">
<Coding guid="d0000000-0000-4000-8000-000000000001" creatingUser="a1a1a1a1-0000-4000-8000-000000000001" creationDateTime="2025-11-02T10:00:00Z"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding>
<NoteRef targetGUID="f0000000-0000-4000-8000-000000000001"/>
</PlainTextSelection>
<PlainTextSelection guid="e0000000-0000-4000-8000-000000000002" ${at('Russia refuses')}>
<Coding guid="d0000000-0000-4000-8000-000000000002"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000002"/></Coding>
<Coding guid="d0000000-0000-4000-8000-000000000003"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000004"/></Coding>
</PlainTextSelection>
</TextSource></Sources>
<Notes><Note guid="f0000000-0000-4000-8000-000000000001"><PlainTextContent>Said off the record &amp; &lt;firmly&gt;</PlainTextContent></Note></Notes>
<Links><Link guid="90000000-0000-4000-8000-000000000001" originGUID="e0000000-0000-4000-8000-000000000002" targetGUID="e0000000-0000-4000-8000-000000000001" direction="OneWay"/></Links>
</Project>`;
  const bytes = zipSync({ 'project.qde': strToU8(qde), 'Sources/50000000-0000-4000-8000-000000000001.txt': strToU8(text) });
  const project = readQdpx(bytes);

  it('reads the source (CRLF and LF lines, emoji, accents) with its name as title, and lists the codes with the tags their names give', () => {
    expect(project.sources[0]!.blocks.map((b) => b.text)).toEqual(['Interview 1', 'Interview 🇺🇦 transcript', 'Q: What guarantees?', 'A: A force — “not yet”, said Łukasz.', 'Q: Risks?', 'A: Russia refuses.']);
    expect(project.codes.map((c) => [c.name, c.tag])).toEqual([
      ['GUARANTEES', 'guarantee'],
      ['risk', 'risk'],
      ['Sicherheitslage', undefined],
      ['Truppen', undefined],
    ]);
    expect(points.length).toBeLessThan(text.length);
  });

  it('places each coding on the same words of the article, with its note, author and link; an unmapped code is left out until mapped', () => {
    const articles = stored(project.sources);
    const mapping = defaultCodeMapping(project);
    const annotations = projectAnnotations(project, articles, mapping, 'b', '2026-02-01T00:00:00Z');
    expect(annotations.map((a) => [a.tag, a.target.quote.exact, a.note, a.author])).toEqual([
      ['guarantee', 'A force — “not yet”', 'Said off the record & <firmly>', 'Ivana'],
      ['risk', 'Russia refuses', '', 'Unknown analyst'],
    ]);
    expect(annotations[1]!.links).toEqual([annotations[0]!.id]);
    expect(annotations[0]!.createdAt).toBe('2025-11-02T10:00:00.000Z');
    const mapped = projectAnnotations(project, articles, { ...mapping, 'c0000000-0000-4000-8000-000000000004': 'precedent' }, 'b', '2026-02-01T00:00:00Z');
    expect(mapped.map((a) => a.tag)).toEqual(['guarantee', 'risk', 'precedent']);
    expect(new Set(mapped.map((a) => a.id)).size).toBe(3);
  });
});

describe('readQdpx refusals', () => {
  const project = (qde: string, extra: Record<string, Uint8Array> = {}) => zipSync({ 'project.qde': strToU8(qde), ...extra });
  it.each([
    ['not a ZIP', strToU8('just text'), /not a ZIP archive/],
    ['no project.qde', zipSync({ 'other.xml': strToU8('<x/>') }), /no project\.qde/],
    ['a DOCTYPE (entities)', project('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x">&a;</Project>'), /DOCTYPE/],
    ['XML that is not well-formed', project('<Project name="x"><Sources></Project>'), /not well-formed/],
    ['no text source', project('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><PictureSource guid="50000000-0000-4000-8000-000000000001"/></Sources></Project>'), /no text sources/],
    ['a missing text file', project('<Project name="x"><Sources><TextSource guid="g" name="Gone" plainTextPath="internal://gone.txt"/></Sources></Project>'), /“Gone” has no text/],
    [
      'a selection outside its text',
      project('<Project name="x"><Sources><TextSource guid="g" name="Short"><PlainTextContent>Short text</PlainTextContent><PlainTextSelection guid="s" startPosition="5" endPosition="500"/></TextSource></Sources></Project>'),
      /outside its text of 10 characters/,
    ],
  ])('refuses %s, saying why', (_, bytes, message) => {
    expect(() => readQdpx(bytes)).toThrow(QdpxRefusal);
    expect(() => readQdpx(bytes)).toThrow(message);
  });
});

describe('tagOfCodeName and blocksOfText', () => {
  it('maps the three names in any case, singular or plural, and nothing else', () => {
    expect(['Guarantee', 'RISKS', 'precedent', 'Precedents', 'Risk factor', 'Guarantor'].map(tagOfCodeName)).toEqual(['guarantee', 'risk', 'precedent', 'precedent', undefined, undefined]);
  });

  it('maps every code point of the text to the same character of the canonical text', () => {
    const text = '  First line  \r\n\n Second 😀 line\nThird';
    const { draft, offsets } = blocksOfText('Title', text);
    const canonical = [...canonicalText(draft.blocks)];
    [...text].forEach((c, i) => {
      if (!/\s/.test(c)) expect(canonical[offsets[i]!]).toBe(c);
    });
  });
});
