/**
 * Who signs the annotations: the header's `Analyst: …` button (which always opens the name
 * dialog), a quiet note while the placeholder signs, and the offer to re-sign the
 * placeholder's annotations once a name is given. A first start is never held up: the
 * analyst can tag at once and give a name when they like.
 */
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../app/model/error-message';
import { useServices } from '../../services/services';
import { countSignedBy, resignAnnotations } from '../../storage/annotation-store';
import { setAnalystName, UNNAMED_ANALYST } from '../../storage/settings-store';
import { AnalystDialog } from './AnalystDialog';
import { ResignDialog } from './ResignDialog';

/** Props of {@link AnalystName}. */
export interface AnalystNameProps {
  /** The name given, if any. */
  readonly name: string | undefined;
  /** Who signs now: the name, else the account name, else the placeholder. */
  readonly signer: string;
  /** Called with the name once it is stored. */
  readonly onNamed: (name: string) => void;
  /** Called after annotations were re-signed, so the open article reads them again. */
  readonly onResigned: () => void;
}

/** The button, the note, and the dialogs they open. */
export function AnalystName({ name, signer, onNamed, onResigned }: AnalystNameProps) {
  const { db, notifications } = useServices();
  const [asking, setAsking] = useState(false);
  const [offer, setOffer] = useState<{ readonly count: number; readonly name: string } | null>(null);

  const save = useCallback(
    async (given: string) => {
      try {
        await setAnalystName(db, given);
        setAsking(false);
        onNamed(given);
        const count = given === UNNAMED_ANALYST ? 0 : await countSignedBy(db, UNNAMED_ANALYST);
        if (count > 0) setOffer({ count, name: given });
        else notifications.status(`Your annotations are now signed “${given}”.`);
      } catch (e) {
        notifications.error(`Your name was not saved: ${errorMessage(e)}`);
      }
    },
    [db, notifications, onNamed],
  );

  const resign = useCallback(async () => {
    if (!offer) return;
    setOffer(null);
    const done = await notifications.run(() => resignAnnotations(db, UNNAMED_ANALYST, offer.name, new Date().toISOString()), 'The annotations were not re-signed');
    if (!done) return;
    notifications.status(`${offer.count === 1 ? 'One annotation' : `${offer.count} annotations`} re-signed “${offer.name}”.`);
    onResigned();
  }, [db, notifications, offer, onResigned]);

  return (
    <>
      {name === undefined && signer === UNNAMED_ANALYST && (
        <p className="name-prompt">
          <span className="name-prompt-text">Signed “{UNNAMED_ANALYST}” until you </span>
          <button type="button" className="link-button" onClick={() => setAsking(true)}>
            give your name
          </button>
        </p>
      )}
      <button type="button" className="analyst-button" onClick={() => setAsking(true)}>
        Analyst: {signer}
      </button>
      {asking && <AnalystDialog current={name} onSave={(given) => void save(given)} onCancel={() => setAsking(false)} />}
      {offer && <ResignDialog count={offer.count} placeholder={UNNAMED_ANALYST} name={offer.name} onResign={() => void resign()} onKeep={() => setOffer(null)} />}
    </>
  );
}
