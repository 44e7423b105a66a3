// Makes the PDF fixtures of the PDF importer's tests with real producers: Chromium's print
// engine (page.pdf) for laid-out pages written here in HTML, and qpdf for the
// password-protected copy. Every page is laid out explicitly (a section per A4 page), so the
// running header, the page number, the columns and the footnotes sit where a journal or a
// ministry's statement puts them.
//   node scripts/make-pdf-fixtures.mjs      (writes app/testing/pdf/*.pdf)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'app', 'testing', 'pdf');
mkdirSync(out, { recursive: true });

const STYLE = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
.page { width: 210mm; height: 297mm; position: relative; padding: 24mm 20mm 30mm; page-break-after: always; overflow: hidden; }
.running { position: absolute; top: 10mm; left: 20mm; right: 20mm; font-size: 8pt; font-family: 'DejaVu Sans', sans-serif; color: #444; display: flex; justify-content: space-between; }
.folio { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 8pt; font-family: 'DejaVu Sans', sans-serif; }
.footnotes { position: absolute; bottom: 18mm; left: 20mm; right: 20mm; font-size: 7.5pt; border-top: 0.5pt solid #888; padding-top: 2mm; }
.footnotes p { margin: 0 0 1mm; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 20pt; margin: 0 0 3mm; line-height: 1.15; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; margin: 4mm 0 2mm; }
.meta { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; margin: 0 0 5mm; }
p { margin: 0 0 2.5mm; text-align: left; }
.cols2 { column-count: 2; column-gap: 8mm; column-fill: auto; height: 205mm; }
.cols3 { column-count: 3; column-gap: 6mm; column-fill: auto; height: 215mm; }
.caption { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; font-style: italic; margin: 1mm 0 3mm; }
.figure { height: 28mm; background: #ddd; border: 0.5pt solid #999; }
.numbered { padding-left: 28mm; }
.ln { position: absolute; left: 10mm; font-size: 7pt; font-family: 'DejaVu Sans', sans-serif; color: #666; }
sup { font-size: 6.5pt; }
`;

/** One A4 page: running header (left and right text), the body, footnotes, the folio. */
function page(number, body, { header = ['', ''], footnotes = [], folio = `${number}` } = {}) {
  const notes = footnotes.length ? `<div class="footnotes">${footnotes.map((n) => `<p><sup>${n[0]}</sup> ${n[1]}</p>`).join('')}</div>` : '';
  return `<section class="page"><div class="running"><span>${header[0]}</span><span>${header[1]}</span></div>${body}${notes}<div class="folio">${folio}</div></section>`;
}

function html(pages, title = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>${pages.join('')}</body></html>`;
}

const LOREM = [
  'The allies weighed how a guarantee could be made binding without a treaty that every parliament would have to ratify, and which of them would carry the cost of keeping forces ready.',
  'Officials in several capitals said the wording of the statement was chosen to leave each government free to decide at the time, which critics read as a promise with an exit.',
  'A monitoring mission along the line of contact was discussed as a first step, staffed by observers rather than troops, with a mandate that could be widened if the ceasefire held.',
  'Past arrangements offer little comfort: the memorandum of 1994 gave assurances rather than guarantees, and the difference between the two words has since become a matter of policy.',
  'Funding would come through a standing facility, replenished each year, so that aid would no longer depend on a single vote in any one legislature or on the timing of elections.',
  'Negotiators expected the framework to be revised within a year, after the first reviews of how the commitments had been kept and where the gaps between them had shown.',
];

/** Paragraph `i` of the filler text, with a marker appended when given. */
function para(i, extra = '') {
  return `<p>${LOREM[i % LOREM.length]}${extra}</p>`;
}

const header = ['Journal of Fixture Studies · Vol. 3', 'Security guarantees'];

const twoColumn = html([
  page(
    1,
    `<h1>Guarantees Without Treaties: A Fixture Study</h1><p class="meta">Ada Lovelace and Bob Analyst · 12 March 2025</p>
     <div class="cols2"><h2>1. Introduction</h2>${para(0, '<sup>1</sup>')}${para(1)}<p>The pledges were meant to com-<br>pile the national offers into one plan, a well-known pattern in the alliance's practice.</p>${para(2)}
     <div class="figure"></div><p class="caption">Figure 1. Pledges by country, as reported in the statement.</p>${para(3, '<sup>2</sup>')}${para(4)}${para(5)}<h2>2. The statement</h2>${para(0)}${para(1)}${para(2)}</div>`,
    {
      header,
      footnotes: [
        ['1', 'On the distinction between assurances and guarantees, see the memorandum of 1994.'],
        ['2', 'Counted from the published text; two pledges were conditional.'],
      ],
    },
  ),
  page(2, `<div class="cols2">${para(3)}${para(4, '<sup>3</sup>')}<h2>3. Monitoring</h2>${para(5)}${para(0)}${para(1)}${para(2)}${para(3)}${para(4)}${para(5)}${para(0)}</div>`, {
    header,
    footnotes: [['3', 'The facility was first proposed in 2024 and revised twice.']],
  }),
  page(3, `<div class="cols2"><h2>4. Conclusion</h2>${para(1)}${para(2)}<p>Whether the Anglo-<br>American position holds is the open question; the cease-<br>fire, and every cease-fire after it, will test it.</p>${para(3)}</div>`, { header }),
]);

const oneColumn = html([
  page(
    1,
    `<h1>Joint Statement on Security Guarantees</h1><p class="meta">Office of the Fixture Ministry · 2025-12-18</p>
     <h2>Commitments</h2>${para(0)}${para(1)}<p>The parties will ﬁnance the ﬂeet jointly and review the arrange\u00adment yearly.</p>${para(2)}${para(3)}
     <h2>Гарантії безпеки</h2><p>Гарантії безпеки для України обговорювали в Парижі; Zürich, Łódź and Kraków hosted the follow-up meetings.</p>
     <p dir="rtl" lang="ar">ضمانات أمنية</p>`,
    { header: ['Joint statement', 'For release'], folio: 'Page 1 of 2' },
  ),
  page(2, `${para(4)}${para(5)}${para(0)}<h2>Review</h2>${para(1)}`, { header: ['Joint statement', 'For release'], folio: 'Page 2 of 2' }),
], 'Joint Statement on Security Guarantees (as issued)');

/** A manuscript page with line numbers in the margin, every fifth line. */
function numberedPage(number) {
  const lines = [];
  for (let i = 1; i <= 40; i += 1) if (i % 5 === 0) lines.push(`<span class="ln" style="top:${24 + (i - 1) * 4.96}mm">${(number - 1) * 40 + i}</span>`);
  return page(number, `${lines.join('')}<div class="numbered">${number === 1 ? '<h1>Draft Resolution on Monitoring</h1>' : ''}${para(number)}${para(number + 1)}${para(number + 2)}${para(number + 3)}</div>`, {
    header: ['DRAFT', 'Not for citation'],
  });
}

const lineNumbers = html([numberedPage(1), numberedPage(2), numberedPage(3)]);

const threeColumn = html([
  page(1, `<h1>Briefing Notes: Three Columns</h1><div class="cols3">${[0, 1, 2, 3, 4, 5, 0, 1, 2, 3].map((i) => para(i)).join('')}</div>`, { header: ['Newsletter', 'Issue 7'] }),
  page(2, `<div class="cols3">${[4, 5, 0, 1, 2, 3, 4, 5, 0].map((i) => para(i)).join('')}</div>`, { header: ['Newsletter', 'Issue 7'] }),
]);

const scan = html([page(1, `<svg width="170mm" height="240mm" viewBox="0 0 170 240"><rect x="0" y="0" width="170" height="240" fill="#eee"/>${Array.from({ length: 30 }, (_, i) => `<rect x="5" y="${5 + i * 7.5}" width="${120 + ((i * 37) % 40)}" height="3" fill="#333"/>`).join('')}</svg>`)]);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
try {
  const tab = await browser.newPage();
  const fixtures = { 'two-column.pdf': twoColumn, 'one-column.pdf': oneColumn, 'line-numbers.pdf': lineNumbers, 'three-column.pdf': threeColumn, 'scan.pdf': scan };
  for (const [name, source] of Object.entries(fixtures)) {
    await tab.setContent(source, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    writeFileSync(join(out, name), await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  }
} finally {
  await browser.close();
}

// qpdf encrypts the one-column statement (AES-256) with the user password `secret`, its
// content streams untouched (Ghostscript's rewrite loses the fonts' Unicode maps).
execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(out, 'one-column.pdf'), join(out, 'password.pdf')]);
writeFileSync(join(out, 'README.md'), '# PDF fixtures\n\nMade by `node scripts/make-pdf-fixtures.mjs` (Chromium prints the HTML written there; qpdf (Debian `qpdf`) encrypts `password.pdf`, password `secret`). `sample-brief.pdf` is the app\'s own briefing PDF of `assets/samples/sample.brief`, rendered by `briefing-desk render`. The texts are the project\'s own.\n');
console.log(`PDF fixtures written to ${out}`);
