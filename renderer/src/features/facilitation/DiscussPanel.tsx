import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordsOfType } from '@shared/model/queries';
import type { ActivityRecord, RecordMap, WorkshopRecord } from '@shared/model/types';
import { rankedItems } from '@shared/facilitation/votes';
import { addDecision, removeDecision, setSpotlight } from '@shared/ops/facilitation';
import { useItemLabel, useRowWindow } from './items';
import { MoreRows } from './MoreRows';
import { useFacilitation } from './useFacilitation';

/** Most dots first; spotlight one item on the projector and capture what the room decides. */
export function DiscussPanel({ records, workshop, activity }: { records: RecordMap; workshop: WorkshopRecord; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { run, perform } = useFacilitation(records, activity);
  const label = useItemLabel();
  const items = useMemo(() => rankedItems(records, activity.id), [records, activity.id]);
  const decisions = useMemo(
    () => recordsOfType(records, 'activityDecision').filter((decision) => decision.activityId === activity.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [records, activity.id],
  );
  const spotlit = items.find((item) => item.id === run.spotlightId);
  const { rows, more } = useRowWindow(items);

  return (
    <section className="phase-panel" aria-labelledby="discuss-heading">
      <div className="phase-panel__header">
        <h2 id="discuss-heading">{t('facilitation.discuss.heading')}</h2>
        {run.spotlightId && (
          <button type="button" className="button button--small" onClick={() => perform((current, ctx) => setSpotlight(current, activity.id, null, ctx))}>
            {t('facilitation.discuss.spotlightOff')}
          </button>
        )}
      </div>
      <ol className="discuss__items">
        {rows.map((item) => (
          <li key={item.id} className={`discuss__item${item.id === run.spotlightId ? ' discuss__item--spotlit' : ''}`}>
            <button
              type="button"
              className="discuss__spotlight"
              aria-pressed={item.id === run.spotlightId}
              aria-label={t('facilitation.discuss.spotlight', { text: label(item) })}
              onClick={() => perform((current, ctx) => setSpotlight(current, activity.id, item.id === run.spotlightId ? null : item.id, ctx))}
            >
              ★
            </button>
            <span className="discuss__text">{label(item, 140)}</span>
            <span className="discuss__dots">
              {workshop.departments.map((department) => `${department.name} ${item.tally[department.id]}`).join(' · ')}
            </span>
          </li>
        ))}
      </ol>
      <MoreRows {...more} />
      <DecisionForm
        label={spotlit ? t('facilitation.discuss.decision', { text: label(spotlit) }) : t('facilitation.discuss.general')}
        onRecord={(text) => perform((current, ctx) => addDecision(current, activity.id, spotlit?.id ?? null, text, ctx))}
      />
      <h3 className="discuss__decisions-heading">{t('facilitation.discuss.decisions')}</h3>
      {decisions.length === 0 && <p className="muted">{t('facilitation.discuss.noDecisions')}</p>}
      <ul className="discuss__decisions">
        {decisions.map((decision) => (
          <li key={decision.id}>
            <span>{decision.text}</span>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('facilitation.discuss.removeDecision', { text: decision.text })}
              onClick={() => perform((current) => removeDecision(current, decision.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionForm({ label, onRecord }: { label: string; onRecord: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="discuss__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        onRecord(text);
        setText('');
      }}
    >
      <label className="fac-field">
        <span className="fac-field__label">{label}</span>
        <input className="fac-input" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="button button--primary">
        {t('facilitation.discuss.record')}
      </button>
    </form>
  );
}
