import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services-context';
import { availableLocks, holdWorkshop, type Locks, type WriterState } from './single-writer';

interface SingleWriterProps {
  workshopId: string;
  children: ReactNode;
  /** The lock manager; `navigator.locks` by default, none where the browser has none. */
  locks?: Locks | null;
  /** After taking over: show the saved state (the other tab may have changed it). */
  reload?: () => void;
}

/**
 * Keeps a workshop's screen read-only while another tab is changing it, and
 * says so, with a way to take over. Where there are no Web Locks, it does nothing.
 */
const reloadPage = () => window.location.reload();

export function SingleWriter({ workshopId, children, locks = availableLocks(), reload = reloadPage }: SingleWriterProps) {
  const { t } = useTranslation();
  const { workshops } = useServices();
  const [state, setState] = useState<WriterState>(locks ? 'checking' : 'writer');
  const [steal, setSteal] = useState(false);

  useEffect(() => {
    if (!locks) return;
    return holdWorkshop(
      locks,
      workshopId,
      (next) => {
        setState(next);
        if (next === 'writer' && steal) reload();
      },
      steal,
    );
  }, [locks, workshopId, steal, reload]);

  const readOnly = state === 'blocked' || state === 'takenOver';

  // Shortcuts (undo, timer, next step) listen on the window: none may change anything meanwhile.
  useEffect(() => {
    if (!readOnly) return;
    const stop = (event: KeyboardEvent) => {
      if (!(event.target instanceof Element && event.target.closest('.writer-lock__notice'))) event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', stop, true);
    return () => window.removeEventListener('keydown', stop, true);
  }, [readOnly]);

  return (
    <>
      {readOnly && (
        <section className="writer-lock__notice" role="alert" aria-labelledby="writer-lock-title">
          <h2 id="writer-lock-title">{t(state === 'blocked' ? 'safety.lock.title' : 'safety.lock.takenTitle')}</h2>
          <p>{t(state === 'blocked' ? 'safety.lock.body' : 'safety.lock.takenBody')}</p>
          <div className="writer-lock__actions">
            <button type="button" className="button button--primary" onClick={() => setSteal(true)}>
              {t('safety.lock.takeOver')}
            </button>
            <button type="button" className="button" onClick={() => void workshops.goHome()}>
              {t('safety.lock.backHome')}
            </button>
          </div>
        </section>
      )}
      <div className="writer-lock" inert={readOnly}>
        {children}
      </div>
    </>
  );
}
