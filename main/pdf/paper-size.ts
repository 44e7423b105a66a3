/**
 * The paper a brief is printed on by default, from the user's country: Letter where Letter is
 * the norm (North America and a few others, per CLDR's paper-size data), A4 everywhere else.
 */
import type { PaperSize } from '../../app/model/paper-size';

/** ISO 3166 regions whose default paper is US Letter (CLDR `paperSize` supplemental data). */
const LETTER_REGIONS: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The default paper for a two-letter country code (any case); A4 when the code is unknown. */
export function paperSizeForRegion(region: string): PaperSize {
  return LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}
