import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from '../features/transfer/BackupsDialog';
import { ImportButton } from '../features/transfer/ImportButton';
import { useServices } from '../services-context';

export type ScreenName = 'home' | 'workshop' | 'projector' | 'report';

interface ScreenFailureProps {
  screen: ScreenName;
  error: Error;
  reset: () => void;
}

/**
 * What a screen shows instead of a blank page when it fails to render: what
 * happened, the way back, and a way to get the data back (a backup on the
 * desktop, an exported file in the browser). The projector, on the room's
 * wall, offers neither: the workshop list must never appear there.
 */
export function ScreenFailure({ screen, error, reset }: ScreenFailureProps) {
  const { t } = useTranslation();
  const { platform, workshops } = useServices();
  const [showBackups, setShowBackups] = useState(false);
  const onProjector = screen === 'projector';

  return (
    <main className="screen-failure" aria-labelledby="screen-failure-title">
      <div className="screen-failure__panel" role="alert">
        <h1 id="screen-failure-title">{t('safety.screen.title')}</h1>
        <p>{t(onProjector ? 'safety.screen.projectorBody' : 'safety.screen.body')}</p>
      </div>
      <div className="screen-failure__actions">
        {onProjector ? (
          <button type="button" className="button button--primary" onClick={reset}>
            {t('safety.screen.tryAgain')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void workshops.goHome().then(reset)}
            >
              {t('safety.screen.backHome')}
            </button>
            {platform.backups ? (
              <button type="button" className="button" onClick={() => setShowBackups(true)}>
                {t('safety.screen.restoreBackup')}
              </button>
            ) : (
              <ImportButton />
            )}
          </>
        )}
      </div>
      {!onProjector && !platform.backups && <p className="muted">{t('safety.screen.browserRestore')}</p>}
      <details className="screen-failure__details">
        <summary>{t('safety.screen.details')}</summary>
        <pre>{error.message}</pre>
      </details>
      {showBackups && <BackupsDialog onClose={() => setShowBackups(false)} />}
    </main>
  );
}
