import type { NoteRecord } from '@shared/model/types';
import { actionFromNote } from '@shared/ops/actions';
import { useServices } from '../../../services-context';
import { excerpt } from '@shared/model/excerpt';

interface MakeActionButtonProps {
  note: NoteRecord;
  /** Accessible name and hint, translated once per language by the note (see useNoteLabels). */
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
