/**
 * Paper sizes a briefing PDF can be printed on: a value of the brief's settings and of the
 * print request, so it lives in the model rather than in the print port.
 */

/** Paper sizes a brief can be printed on. */
export type PaperSize = 'a4' | 'letter';
