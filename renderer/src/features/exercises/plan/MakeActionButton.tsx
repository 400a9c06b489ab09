import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRecord } from '@shared/model/types';
import { actionFromNote } from '@shared/ops/actions';
import { filler } from '../../../i18n/filler';
import { useServices } from '../../../services-context';
import { excerpt } from '@shared/model/excerpt';

interface MakeActionButtonProps {
  note: NoteRecord;
  /** Accessible name and hint, translated once per language (see useMakeActionNoteAction). */
  label: string;
  hint: string;
}

/** On any note: turns it into an action of the realignment plan, keeping the link to the note. */
export function MakeActionButton({ note, label, hint }: MakeActionButtonProps) {
  const { app } = useServices();
  const short = excerpt(note.text);
  const make = async () => {
    if (await app.run((current, ctx) => actionFromNote(current, note.id, ctx))) {
      app.notify({ tone: 'info', key: 'exercises.plan.madeAction', params: { text: short } });
    }
  };
  return (
    <button type="button" className="icon-button" aria-label={label} title={hint} onClick={() => void make()}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2.5 8.5l3 3 5-6M10 11.5h4M12 9.5v4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}

/**
 * The button as a note action of the board (BoardExtensions.noteActions). Its name and
 * hint are translated once per language, not once per note: a long board draws hundreds.
 */
export function useMakeActionNoteAction(): (note: NoteRecord, short: string) => ReactNode {
  const { t } = useTranslation();
  return useMemo(() => {
    const label = filler(t, 'exercises.plan.makeAction', 'text');
    const hint = t('exercises.plan.makeActionHint');
    return (note, short) => <MakeActionButton note={note} label={label(short)} hint={hint} />;
  }, [t]);
}
