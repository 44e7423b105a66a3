/**
 * Where the next imported article goes. By default an import opens as a brief of its own; a
 * brief's `Add source` › `Import a new article…` directs the next one into that brief instead.
 */
import type { Article } from '../../app/model/model';

/** What receives a directed import: the stored article. */
export type ImportTarget = (article: Article) => Promise<void>;

/** The route of the next import. */
export class ImportRoute {
  private target: ImportTarget | undefined;

  /** Sends the next import to `target` instead of opening it. */
  direct(target: ImportTarget): void {
    this.target = target;
  }

  /** The target the next import goes to, taken (a later import opens as usual); undefined to open it. */
  take(): ImportTarget | undefined {
    const target = this.target;
    this.target = undefined;
    return target;
  }
}
