import { useCallback, useState, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { activitiesOf, findWorkshop, getRecord } from '@shared/model/queries';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { ExportMenu } from '../transfer/ExportMenu';
import { useAppState, useServices } from '../../services-context';
import { useTitles } from '../../i18n/template-texts';
import { ActivityView } from './ActivityView';
import { AgendaList } from './AgendaList';
import { ImportedMark, importedAtOf } from '../../components/ImportedMark';
import { FacilitationHeader } from '../facilitation/FacilitationHeader';
import { PhaseWorkspace } from '../facilitation/PhaseWorkspace';
import { RoomButton } from '../room/RoomButton';

/** Below this width the agenda starts folded: on a 1366 laptop the board needs the room. */
export const AGENDA_FOLD_WIDTH = 1500;

const NO_ACTIVITIES: ActivityRecord[] = [];

export function WorkshopScreen({ activityId }: { activityId: string | null }) {
  const { t } = useTranslation();
  const { app, workshops, shown } = useServices();
  const titles = useTitles();
  // What phones write shows paced, and nothing moves while a note is dragged (see
  // store/shown-records.ts). The drop applies to the workshop as it is then (the store's
  // records, not these).
  const records = useSyncExternalStore(shown.subscribe, shown.get);
  const missing = useAppState((state) => state.missing);
  const canUndo = useAppState((state) => state.undoStack.length > 0);
  const canRedo = useAppState((state) => state.redoStack.length > 0);
  // The same list while only notes change (activitiesOf returns the stored records): the agenda is not redrawn per note.
  const activities = useShallow((map: RecordMap | null) => (map ? activitiesOf(map) : NO_ACTIVITIES))(records);
  const workshop = records ? findWorkshop(records) : undefined;
  const activity = records && activityId ? getRecord(records, activityId, 'activity') : undefined;
  const [agendaFolded, setAgendaFolded] = useState(() => window.innerWidth < AGENDA_FOLD_WIDTH);
  const toggleAgenda = useCallback(() => setAgendaFolded((folded) => !folded), []);

  return (
    <div className={`workshop${agendaFolded ? ' workshop--agenda-folded' : ''}`}>
      <header className="topbar">
        <button type="button" className="button button--ghost" onClick={() => void workshops.goHome()}>
          ← {t('workshop.backHome')}
        </button>
        <div className="topbar__title">
          <span className="brand__logo" aria-hidden="true" />
          <span>{workshop?.title}</span>
          {workshop && <ImportedMark importedAt={importedAtOf(workshop)} />}
        </div>
        <div className="topbar__actions">
          <button type="button" className="button button--ghost" disabled={!canUndo} onClick={() => void app.undo()}>
            {t('app.undo')}
          </button>
          <button type="button" className="button button--ghost" disabled={!canRedo} onClick={() => void app.redo()}>
            {t('app.redo')}
          </button>
          {records && workshop && <RoomButton records={records} workshop={workshop} />}
          {records && <ExportMenu records={records} />}
          <LanguageSwitcher />
        </div>
      </header>
      {missing && <p className="workshop__message">{t('workshop.notFound')}</p>}
      {!missing && !records && <p className="workshop__message">{t('workshop.loading')}</p>}
      {records && workshop && (
        <div className="workshop__body">
          <AgendaList
            activities={activities}
            currentId={activity?.id ?? null}
            onSelect={workshops.showActivity}
            collapsed={agendaFolded}
            onToggle={toggleAgenda}
          />
          <main className="workshop__main">
            {activity && (
              <>
                <h1 className="activity__title">{titles.activity(activity)}</h1>
                <FacilitationHeader records={records} workshop={workshop} activity={activity} activities={activities} onSelect={workshops.showActivity} />
                <ActivityView key={activity.id} records={records} workshop={workshop} activity={activity} onDragging={shown.hold} />
                <PhaseWorkspace records={records} workshop={workshop} activity={activity} />
              </>
            )}
          </main>
        </div>
      )}
    </div>
  );
}
