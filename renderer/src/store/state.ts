import type { TranslationKey } from '@shared/i18n/keys';
import type { Diff } from '@shared/model/diff';
import type { RecordMap } from '@shared/model/types';
import type { PaperSize } from '@shared/ipc/contract';
import type { WorkshopSummary } from '../db/repository';

export type { WorkshopSummary };

export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string; activityId: string | null }
  /** The printable report; `print` opens the print dialog once it has rendered (browser PDF). */
  | { name: 'report'; workshopId: string; paper: PaperSize; print: boolean }
  /** The room's view on the projector: follows the control window, read-only. */
  | { name: 'projector'; workshopId: string };

/** A text kept as an i18n key with its parameters, translated when shown (in the language of that moment). */
export interface NoticeText {
  key: TranslationKey;
  params?: Record<string, string | number>;
}

/** A message for the user: an i18n key with its parameters (which may be texts of their own, e.g. a reason). */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  key: TranslationKey;
  params?: Record<string, string | number | NoticeText>;
  /** Offers "Undo delete" for the most recently deleted workshop. */
  offerRestore?: boolean;
}

export interface AppState {
  route: Route;
  /** The home list; null until loaded. */
  workshops: WorkshopSummary[] | null;
  /** The open workshop's records; null while loading or when none is open. */
  records: RecordMap | null;
  /**
   * The records map made by the last change the screen may show a moment later
   * (what phones in the room write, see ./shown-records.ts); any other map in
   * `records` is shown at once.
   */
  pacedRecords: RecordMap | null;
  /** The route names a workshop that does not exist. */
  missing: boolean;
  undoStack: Diff[];
  redoStack: Diff[];
  /** Workshops deleted in this session, newest last, each restorable. */
  trash: Array<{ title: string; diff: Diff }>;
  notice: Notice | null;
}

export const initialState: AppState = {
  route: { name: 'home' },
  workshops: null,
  records: null,
  pacedRecords: null,
  missing: false,
  undoStack: [],
  redoStack: [],
  trash: [],
  notice: null,
};
