/**
 * An article's source link. A click asks the platform to open it (the system browser in the
 * desktop app, a new tab in a browser); only http(s) links are shown as links at all, and the
 * page itself never navigates away.
 */
import { isWebLink } from '../../app/platform/desktop-contract';
import type { BriefingDeskBridge } from '../../app/platform/ipc-contract';
import { errorMessage } from '../../app/model/error-message';

/** Props of {@link SourceLink}. */
export interface SourceLinkProps {
  readonly url: string | undefined;
  readonly bridge: Pick<BriefingDeskBridge, 'openExternal'>;
  readonly onError: (message: string | null) => void;
}

/** The `Source` link, or nothing when the article has no web address. */
export function SourceLink({ url, bridge, onError }: SourceLinkProps) {
  if (url === undefined || !isWebLink(url)) return null;
  return (
    <a
      href={url}
      className="source-link"
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault();
        bridge.openExternal(url).catch((e: unknown) => onError(`The source link did not open: ${errorMessage(e)}`));
      }}
    >
      Source
    </a>
  );
}
