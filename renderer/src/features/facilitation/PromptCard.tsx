import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, RecordMap } from '@shared/model/types';
import { isKeyOf } from '@shared/i18n/keys';
import { GUIDE_PARTS } from '@shared/i18n/template-texts';
import { templateEn } from '@shared/i18n/resources/template.en';
import { setPrompt } from '@shared/ops/facilitation';
import { usePromptText } from '../../i18n/template-texts';
import { useFacilitation } from './useFacilitation';

/** The question the projector shows, editable, with the facilitator's "how to run this step" guide. */
export function PromptCard({ records, activity }: { records: RecordMap; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { run, perform } = useFacilitation(records, activity);
  const promptText = usePromptText();
  const prompt = promptText(activity, run);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(prompt);
  const key = activity.templateKey;

  return (
    <div className="prompt-card">
      {editing ? (
        <form
          className="prompt-card__form"
          onSubmit={(event) => {
            event.preventDefault();
            perform((current, ctx) => setPrompt(current, activity.id, draft, ctx));
            setEditing(false);
          }}
        >
          <label className="fac-field">
            <span className="fac-field__label">{t('facilitation.prompt.custom')}</span>
            <input className="fac-input" value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
          </label>
          <button type="submit" className="button button--primary">
            {t('app.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setEditing(false)}>
            {t('app.cancel')}
          </button>
        </form>
      ) : (
        <p className="prompt-card__question">
          <span>
            <span className="visually-hidden">{t('facilitation.prompt.label')}: </span>
            {prompt || '—'}
          </span>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setDraft(prompt);
              setEditing(true);
            }}
          >
            {t('facilitation.prompt.editPrompt')}
          </button>
        </p>
      )}
      {isKeyOf(templateEn.activities, key) && <PromptGuide templateKey={key} />}
    </div>
  );
}

/** The step's guide: the same text for the whole activity, so a new note does not redraw it. */
const PromptGuide = memo(function PromptGuide({ templateKey }: { templateKey: keyof typeof templateEn.activities }) {
  const { t } = useTranslation();
  return (
    <details className="prompt-card__guide">
      <summary>{t('facilitation.prompt.guide')}</summary>
      <dl>
        {GUIDE_PARTS.map((part) => (
          <div key={part} className="prompt-card__part">
            <dt>{t(`facilitation.prompt.${part}`)}</dt>
            <dd>{t(`template.activities.${templateKey}.guide.${part}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
});
