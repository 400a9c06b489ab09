import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkText } from '@shared/model/limits';

interface ColumnHeaderProps {
  title: string;
  noteCount: number;
  isFirst: boolean;
  isLast: boolean;
  onRename: (title: string) => unknown;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function ColumnHeader({ title, noteCount, isFirst, isLast, onRename, onMove, onRemove }: ColumnHeaderProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const check = draft === null ? null : checkText('columnTitle', draft);
  const error = check && !check.ok ? t(`errors.${check.code}`, { max: LIMITS.columnTitle }) : null;

  function commit() {
    if (!check?.ok) return;
    // The title is already valid; a failed save is reported by the store's notice.
    void onRename(check.value);
    setDraft(null);
  }

  if (draft !== null) {
    return (
      <div className="column__header column__header--editing">
        <input
          className="column__title-input"
          aria-label={t('board.columnTitle')}
          value={draft}
          autoFocus
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => (check?.ok ? commit() : setDraft(null))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="column__header">
      <h3 className="column__title" onDoubleClick={() => setDraft(title)}>
        {title}
        <span className="column__count">{noteCount}</span>
      </h3>
      <div className="column__tools">
        <button type="button" className="icon-button" aria-label={t('board.renameColumn', { title })} onClick={() => setDraft(title)}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M11.5 2.5l2 2L5 13H3v-2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </button>
        <button type="button" className="icon-button" aria-label={t('board.moveColumnLeft', { title })} disabled={isFirst} onClick={() => onMove(-1)}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
        <button type="button" className="icon-button" aria-label={t('board.moveColumnRight', { title })} disabled={isLast} onClick={() => onMove(1)}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
        <button type="button" className="icon-button" aria-label={t('board.removeColumn', { title })} onClick={onRemove}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      </div>
    </div>
  );
}
