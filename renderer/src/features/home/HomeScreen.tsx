import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../store/state';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useAppState, useServices } from '../../services-context';
import { WorkshopCard } from './WorkshopCard';
import { CreateWorkshopDialog } from './CreateWorkshopDialog';
import { SavedTemplates } from './SavedTemplates';
import { WorkshopFormDialog } from './WorkshopFormDialog';

type Dialog = { kind: 'create' } | { kind: 'edit'; workshop: WorkshopSummary } | { kind: 'delete'; workshop: WorkshopSummary };

interface HomeScreenProps {
  /** The top bar's ways in from other features (import, backups), passed in by the app. */
  topbarActions?: ReactNode;
  /** What other features add to each workshop's card (follow-up, export), passed in by the app. */
  cardActions?: (workshop: WorkshopSummary) => ReactNode;
}

export function HomeScreen({ topbarActions, cardActions }: HomeScreenProps) {
  const { t } = useTranslation();
  const { app, workshops: actions } = useServices();
  const workshops = useAppState((state) => state.workshops);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  useEffect(() => {
    void app.loadWorkshops();
  }, [app]);

  return (
    <div className="home">
      <header className="topbar">
        <div className="brand">
          <span className="brand__logo" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <div className="topbar__actions">
          {topbarActions}
          <LanguageSwitcher />
        </div>
      </header>
      <main className="home__main">
        <div className="home__heading">
          <h1>{t('home.title')}</h1>
          {workshops && workshops.length > 0 && (
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('home.newWorkshop')}
            </button>
          )}
        </div>
        {workshops === null && <p className="muted">{t('home.loading')}</p>}
        {workshops?.length === 0 && (
          <section className="empty-state" aria-labelledby="home-empty-title">
            <div className="empty-state__art" aria-hidden="true" />
            <h2 id="home-empty-title">{t('home.emptyTitle')}</h2>
            <p>{t('home.emptyBody')}</p>
            <button type="button" className="button button--primary button--large" onClick={() => setDialog({ kind: 'create' })}>
              {t('home.createDefault')}
            </button>
          </section>
        )}
        {workshops && workshops.length > 0 && (
          <div className="workshop-grid">
            {workshops.map((workshop) => (
              <WorkshopCard
                key={workshop.id}
                workshop={workshop}
                onOpen={() => void actions.openWorkshop(workshop.id)}
                onEdit={() => setDialog({ kind: 'edit', workshop })}
                onDuplicate={() => void actions.duplicateWorkshop(workshop.id, t('home.copyOf', { title: workshop.title }))}
                onDelete={() => setDialog({ kind: 'delete', workshop })}
                actions={cardActions?.(workshop)}
              />
            ))}
          </div>
        )}
        {workshops !== null && <SavedTemplates />}
      </main>
      {dialog?.kind === 'create' && <CreateWorkshopDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <WorkshopFormDialog
          initial={dialog.workshop}
          onSubmit={(details) => actions.updateDetails(dialog.workshop.id, details)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('home.deleteTitle', { title: dialog.workshop.title })}
          body={t('home.deleteBody', { count: dialog.workshop.noteCount })}
          confirmLabel={t('home.delete')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void actions.deleteWorkshop(dialog.workshop.id);
          }}
        />
      )}
    </div>
  );
}
