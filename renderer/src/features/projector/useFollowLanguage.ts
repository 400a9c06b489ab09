import { useEffect } from 'react';
import { PREFERENCES_KEY } from '../../store/preferences';
import { useServices } from '../../services-context';

/**
 * When the facilitator switches language in the control window, the projector
 * follows: localStorage fires `storage` in the other windows of the origin.
 */
export function useFollowLanguage() {
  const { preferences } = useServices();
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === PREFERENCES_KEY) void preferences.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [preferences]);
}
