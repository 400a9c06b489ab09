import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransfer } from './useTransfer';

/** "Import workshop…": picks a .json export and adds it as a new workshop, or says why it cannot. */
export function ImportButton() {
  const { t } = useTranslation();
  const transfer = useTransfer();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
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
          if (file) void transfer.importFile(file);
        }}
      />
    </>
  );
}
