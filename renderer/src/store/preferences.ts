import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@shared/i18n/locales';
import type { DepartmentId } from '@shared/model/types';

/** UI preferences that outlive a session. Workshop data never lives here. */
export interface Preferences {
  locale: Locale;
  /** The department the quick-add composer writes as; sticks between notes. */
  department: DepartmentId;
  setLocale(locale: Locale): void;
  setDepartment(department: DepartmentId): void;
}

export const PREFERENCES_KEY = 'alignboard.preferences';

export function createPreferencesStore() {
  return createStore<Preferences>()(
    persist(
      (set) => ({
        locale: DEFAULT_LOCALE,
        department: 'sales',
        setLocale: (locale) => set({ locale }),
        setDepartment: (department) => set({ department }),
      }),
      {
        name: PREFERENCES_KEY,
        storage: createJSONStorage(() => localStorage),
        partialize: ({ locale, department }) => ({ locale, department }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<Preferences>;
          return {
            ...current,
            locale: isLocale(saved.locale) ? saved.locale : current.locale,
            department: saved.department === 'marketing' ? 'marketing' : 'sales',
          };
        },
      },
    ),
  );
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
