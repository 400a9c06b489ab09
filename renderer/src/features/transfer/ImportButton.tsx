import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransfer, type ImportProgress } from './useTransfer';

/** "Import workshop…": picks a .json export and adds it as a new workshop, or says why it cannot. */
export function ImportButton() {
  const { t } = useTranslation();
  const transfer = useTransfer();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<{ name: string; progress: ImportProgress } | null>(null);

  async function importFile(file: File) {
    setBusy({ name: file.name, progress: { phase: 'reading', percent: 0 } });
    try {
      await transfer.importFile(file, (progress) => setBusy({ name: file.name, progress }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <button type="button" className="button" disabled={busy !== null} onClick={() => input.current?.click()}>
        {t('transfer.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('transfer.import.chooseFile')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file can be picked again after fixing it
          if (file) void importFile(file);
        }}
      />
      {busy && (
        <span className="import-progress" role="status">
          {busy.progress.phase === 'checking'
            ? t('safety.import.checking', { name: busy.name })
            : t(`safety.import.${busy.progress.phase}`, { name: busy.name, percent: busy.progress.percent })}
          {busy.progress.phase === 'checking' ? <progress aria-hidden="true" /> : <progress max={100} value={busy.progress.percent} aria-hidden="true" />}
        </span>
      )}
    </>
  );
}
