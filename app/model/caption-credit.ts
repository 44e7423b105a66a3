/**
 * The credit at the end of an image caption (`… Image: Andreas Stroh/Zumapress/picture
 * alliance`): news pages run the photographer's credit into the caption's text, and the
 * reader sets it apart as the credit line it is. The text itself is never changed, so every
 * offset into it stays where it was.
 */

/** A credit's label as news pages write it, in English and German. */
const CREDIT = /\s((?:Image|Images|Photo|Photos|Picture|Foto|Fotos|Bild|Credit|Source)\s*:\s*\S.*)$/;

/** Where the credit starts in a caption's `text`, or undefined when it has none (or is only a credit). */
export function captionCreditStart(text: string): number | undefined {
  const match = CREDIT.exec(text);
  if (!match || match.index === 0) return undefined;
  return match.index + (match[0].length - (match[1]?.length ?? 0));
}
