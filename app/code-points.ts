/**
 * Conversions between UTF-16 offsets (what JavaScript strings and the DOM count) and Unicode
 * code point offsets (what W3C TextPositionSelectors count). Only the boundaries convert.
 */

/** The number of code points in the first `utf16Offset` UTF-16 units of `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`UTF-16 offset ${utf16Offset} outside text of length ${text.length}`);
  }
  let points = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** The UTF-16 offset of code point offset `codePointOffset` in `text`. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  if (codePointOffset < 0) throw new RangeError(`Negative code point offset ${codePointOffset}`);
  let units = 0;
  for (let points = 0; points < codePointOffset; points++) {
    if (units >= text.length) {
      throw new RangeError(`Code point offset ${codePointOffset} outside text`);
    }
    const unit = text.charCodeAt(units);
    units += unit >= 0xd800 && unit <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return units;
}
