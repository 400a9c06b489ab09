import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRecord, NoteRecord, RecordMap } from '@shared/model/types';
import { boardItems, renameStack, stackNotes, unstackNote, type BoardItem } from '@shared/facilitation/stacks';
import { excerpt } from '@shared/model/excerpt';
import { useItemLabel, useRowWindow } from './items';
import { MoreRows } from './MoreRows';
import { useFacilitation } from './useFacilitation';

/**
 * The keyboard way to stack notes (the board also stacks on drop): pick a
 * note, choose what it joins. Stacks get a title; a note can leave its stack.
 */
export function GroupingPanel({ records, activity }: { records: RecordMap; activity: ActivityRecord }) {
  const { t } = useTranslation();
  const { perform } = useFacilitation(records, activity);
  const label = useItemLabel();
  const items = useMemo(() => boardItems(records, activity.id), [records, activity.id]);
  const { rows, more } = useRowWindow(items);

  return (
    <section className="phase-panel" aria-labelledby="grouping-heading">
      <div className="phase-panel__header">
        <h2 id="grouping-heading">{t('facilitation.grouping.heading')}</h2>
      </div>
      {items.length === 0 && <p className="muted">{t('facilitation.grouping.empty')}</p>}
      <ul className="grouping__items">
        {rows.map((item) =>
          item.kind === 'stack' ? (
            <li key={item.id} className="grouping__stack">
              <StackTitle
                title={item.title}
                placeholder={label(item)}
                onRename={(title) => perform((current) => renameStack(current, item.id, title))}
              />
              <span className="muted">{t('facilitation.grouping.stacked', { count: item.notes.length })}</span>
              <ul>
                {item.notes.map((note) => (
                  <li key={note.id} className="grouping__member">
                    <span>{excerpt(note.text, 90)}</span>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t('facilitation.grouping.unstack', { text: excerpt(note.text) })}
                      onClick={() => perform((current) => unstackNote(current, note.id))}
                    >
                      ↩
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={item.id} className="grouping__note">
              <span>{excerpt(item.title, 90)}</span>
              {item.notes[0] && (
                <StackPicker
                  note={item.notes[0]}
                  own={item}
                  items={items}
                  onStack={(targetId) => perform((current, ctx) => stackNotes(current, item.notes[0]!.id, targetId, ctx))}
                />
              )}
            </li>
          ),
        )}
      </ul>
      <MoreRows {...more} />
    </section>
  );
}

function StackTitle({ title, placeholder, onRename }: { title: string; placeholder: string; onRename: (title: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(title);
  const save = () => draft.trim() !== title && onRename(draft);
  return (
    <input
      className="fac-input grouping__title"
      aria-label={`${t('facilitation.grouping.stackTitle')}: ${placeholder}`}
      placeholder={placeholder}
      value={draft}
      maxLength={80}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => event.key === 'Enter' && save()}
    />
  );
}

/** Up to this many items every picker lists them all at once; beyond, a picker lists them when it is used. */
const EAGER_ITEMS = 40;

/**
 * Choose what a note joins. Each picker lists every other item, so a board of
 * 300 notes would put 90,000 options in the page (seconds of rendering on
 * every change): on a large board a picker fills its list only when it gets
 * the focus or the pointer, before it opens.
 */
function StackPicker({ note, own, items, onStack }: { note: NoteRecord; own: BoardItem; items: BoardItem[]; onStack: (targetId: string) => void }) {
  const { t } = useTranslation();
  const label = useItemLabel();
  const [used, setUsed] = useState(false);
  const listed = used || items.length <= EAGER_ITEMS;
  return (
    <select
      className="fac-input grouping__picker"
      aria-label={t('facilitation.grouping.stackOnto', { text: excerpt(note.text) })}
      value=""
      onFocus={() => setUsed(true)}
      onPointerDown={() => setUsed(true)}
      onChange={(event) => {
        if (event.target.value) onStack(event.target.value);
      }}
    >
      <option value="">{t('facilitation.grouping.choose')}</option>
      {listed &&
        items
          .filter((item) => item.id !== own.id)
          .map((item) => (
            <option key={item.id} value={item.id}>
              {label(item, 50)}
            </option>
          ))}
    </select>
  );
}
