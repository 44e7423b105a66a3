/**
 * An article's source link: `Source — dw.com`, so the reader sees where it goes. A click asks
 * before leaving the app, then has the platform open the parsed address (the system browser
 * in the desktop app, a new tab in a browser); only http(s) addresses are shown as links at
 * all, and the page itself never navigates away.
 */
import { useId, useState } from 'react';
import { webAddress } from '../../app/model/web-address';
import type { BriefingDeskBridge } from '../../app/platform/ipc-contract';
import { errorMessage } from '../../app/model/error-message';
import { ModalDialog } from './ModalDialog';

/** Props of {@link SourceLink}. */
export interface SourceLinkProps {
  readonly url: string | undefined;
  readonly bridge: Pick<BriefingDeskBridge, 'openExternal'>;
  readonly onError: (message: string | null) => void;
}

/** The `Source` link, or nothing when the article has no web address. */
export function SourceLink({ url, bridge, onError }: SourceLinkProps) {
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const address = url === undefined ? undefined : webAddress(url);
  if (!address) return null;
  const { href, host } = address;
  return (
    <>
      <a
        href={href}
        className="source-link"
        rel="noopener noreferrer"
        onClick={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      >
        Source — {host}
      </a>
      {asking && (
        <ModalDialog role="alertdialog" titleId={titleId} onCancel={() => setAsking(false)}>
          <h2 id={titleId}>Open {host} in your browser?</h2>
          <p className="source-address">{href}</p>
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => setAsking(false)}>
              Cancel
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                bridge.openExternal(href).catch((e: unknown) => onError(`The source link did not open: ${errorMessage(e)}`));
              }}
            >
              Open in browser
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
