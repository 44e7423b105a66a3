/**
 * The words of anything thrown: an `Error`'s message, or the thrown value as a string (a
 * rejected promise may carry anything). The one place the app turns a failure into text.
 */

/** The message of `error`: its `message` when it is an `Error`, else `String(error)`. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
