import { useCallback, useEffect, useState } from 'react';
import { NoticeBar } from '../components/NoticeBar';
import { HomeScreen } from '../features/home/HomeScreen';
import { WorkshopFormDialog } from '../features/home/WorkshopFormDialog';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { useAppState, usePreferences, useServices } from '../services-context';
import { AboutDialog } from './AboutDialog';
import { useHashRoute } from './useHashRoute';
import { useShortcuts } from './useShortcuts';

/** Follows the language preference everywhere: i18n, the document, the native menu. */
function useLocaleSync() {
  const { i18n, platform } = useServices();
  const locale = usePreferences((state) => state.locale);
  useEffect(() => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    void platform.setLocale(locale);
  }, [i18n, platform, locale]);
}

export function App() {
  const { workshops } = useServices();
  const route = useAppState((state) => state.route);
  const [dialog, setDialog] = useState<'about' | 'create' | null>(null);
  const openAbout = useCallback(() => setDialog('about'), []);
  const openCreate = useCallback(() => setDialog('create'), []);

  useLocaleSync();
  useHashRoute();
  useShortcuts(openAbout, openCreate);

  return (
    <>
      {route.name === 'home' ? <HomeScreen /> : <WorkshopScreen activityId={route.activityId} />}
      <NoticeBar />
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'create' && <WorkshopFormDialog onSubmit={workshops.createWorkshop} onClose={() => setDialog(null)} />}
    </>
  );
}
