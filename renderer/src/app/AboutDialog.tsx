import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@shared/ipc/contract';
import { Dialog } from '../components/Dialog';
import { useServices } from '../services-context';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void platform.getAppInfo().then(setInfo);
  }, [platform]);

  return (
    <Dialog
      title={t('app.about')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('app.close')}
        </button>
      }
    >
      <p>
        <strong>{t('app.name')}</strong> — {t('app.tagline')}
      </p>
      {info && <p className="muted">{t('app.version', { version: info.version })}</p>}
      <p>{t('app.aboutBody')}</p>
    </Dialog>
  );
}
