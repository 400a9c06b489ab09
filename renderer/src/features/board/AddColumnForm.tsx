import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkText } from '@shared/model/limits';

/** The last slot of a board: a button that turns into a title field. */
export function AddColumnForm({ onAdd }: { onAdd: (title: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const check = draft === null ? null : checkText('columnTitle', draft);
  const tooLong = check && !check.ok && check.code === 'textTooLong';

  if (draft === null) {
    return (
      <button type="button" className="add-column" onClick={() => setDraft('')}>
        + {t('board.addColumn')}
      </button>
    );
  }

  return (
    <form
      className="add-column add-column--open"
      onSubmit={async (event) => {
        event.preventDefault();
        if (check?.ok && (await onAdd(check.value))) setDraft(null);
      }}
    >
      <label className="visually-hidden" htmlFor="new-column-title">
        {t('board.columnTitle')}
      </label>
      <input
        id="new-column-title"
        value={draft}
        autoFocus
        placeholder={t('board.newColumnTitle')}
        aria-invalid={tooLong ? true : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setDraft(null)}
      />
      {tooLong && <p className="field__error">{t('errors.textTooLong', { max: LIMITS.columnTitle })}</p>}
      <div className="add-column__actions">
        <button type="button" className="button button--small" onClick={() => setDraft(null)}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={!check?.ok}>
          {t('board.addColumn')}
        </button>
      </div>
    </form>
  );
}
