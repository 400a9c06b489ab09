import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap } from '@shared/model/types';
import { stacksOf } from '@shared/facilitation/stacks';

/**
 * Shows on the board which notes are stacked, without reaching into the note
 * component: a style sheet keyed by the notes' `data-note-id`. The notes under
 * the anchor carry a "stacked" label (no layout change: it would shift drag targets).
 * Screen readers get the same facts from the Stacks panel.
 */
export function StackOutlines({ records, activityId }: { records: RecordMap; activityId: string }) {
  const { t } = useTranslation();
  const label = JSON.stringify(`↳ ${t('facilitation.grouping.inStack')}`);
  const css = useMemo(
    () =>
      stacksOf(records, activityId)
        .map((stack) => {
          // The anchor (first note) stays as it is; the notes stacked on it say so.
          const mates = stack.noteIds.slice(1).map((id) => `.note[data-note-id="${CSS.escape(id)}"] .note__author::after`);
          return mates.length > 0 ? `${mates.join(',')}{content:${label};margin-left:10px;font-size:12px;font-weight:600;white-space:nowrap}` : '';
        })
        .filter(Boolean)
        .join('\n'),
    [records, activityId, label],
  );
  return css ? <style>{css}</style> : null;
}
