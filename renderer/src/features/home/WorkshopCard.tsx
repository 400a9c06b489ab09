import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../store/state';
import { DepartmentMarker } from '../../components/DepartmentMarker';
import { formatDay } from '../../i18n/format';
import { ImportedMark, importedAtOf } from '../../components/ImportedMark';

interface WorkshopCardProps {
  workshop: WorkshopSummary;
  onOpen: () => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Buttons other features add (follow-up, export), passed in by the app: before Delete. */
  actions?: ReactNode;
}

export function WorkshopCard({ workshop, onOpen, onEdit, onDuplicate, onDelete, actions }: WorkshopCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <article className="workshop-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="workshop-card__title">
        <button type="button" className="workshop-card__open" onClick={onOpen}>
          {workshop.title}
        </button>
      </h3>
      <p className="workshop-card__meta">
        <span>{workshop.organisation || t('home.noOrganisation')}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={workshop.date}>{formatDay(workshop.date, i18n.language)}</time>
        <ImportedMark importedAt={importedAtOf(workshop)} />
      </p>
      <p className="workshop-card__departments">
        {workshop.departments.map((department) => (
          <DepartmentMarker key={department.id} department={department} />
        ))}
        <span className="workshop-card__count">{t('home.notes', { count: workshop.noteCount })}</span>
      </p>
      <div className="workshop-card__actions" role="group" aria-label={t('home.actionsFor', { title: workshop.title })}>
        <button type="button" className="button button--primary button--small" onClick={onOpen}>
          {t('home.open')}
        </button>
        <button type="button" className="button button--small" onClick={onEdit}>
          {t('home.edit')}
        </button>
        <button type="button" className="button button--small" onClick={onDuplicate}>
          {t('home.duplicate')}
        </button>
        {actions}
        <button type="button" className="button button--small button--quiet-danger" onClick={onDelete}>
          {t('home.delete')}
        </button>
      </div>
    </article>
  );
}
