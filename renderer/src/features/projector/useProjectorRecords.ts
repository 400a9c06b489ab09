import type { RecordMap } from '@shared/model/types';
import { useAppState } from '../../services-context';

/**
 * The projector's copy of a workshop: the store follows the control window (see
 * `workshops.follow`), applying each of its durable changes. Undefined while loading,
 * null when the workshop does not exist.
 */
export function useProjectorRecords(): RecordMap | null | undefined {
  return useAppState((state) => (state.missing ? null : (state.records ?? undefined)));
}
