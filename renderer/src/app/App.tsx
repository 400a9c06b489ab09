import { useCallback, useEffect, useState } from 'react';
import { NoticeBar } from '../components/NoticeBar';
import { HomeScreen } from '../features/home/HomeScreen';
import { CreateWorkshopDialog } from '../features/home/CreateWorkshopDialog';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { parseReportHash } from '../features/report/report-route';
import { useBackupSchedule } from '../features/transfer/useBackupSchedule';
import { ProjectorScreen } from '../features/projector/ProjectorScreen';
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
  const route = useAppState((state) => state.route);
  const [dialog, setDialog] = useState<'about' | 'create' | null>(null);
  const openAbout = useCallback(() => setDialog('about'), []);
  const openCreate = useCallback(() => setDialog('create'), []);

  useLocaleSync();
  useHashRoute();
  // Not in Electron's hidden report window: only the window people work in takes backups.
  const [isMainWindow] = useState(() => !parseReportHash(window.location.hash));
  useBackupSchedule(isMainWindow);
  useShortcuts(openAbout, openCreate);

  return (
    <>
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'workshop' && <WorkshopScreen activityId={route.activityId} />}
      {route.name === 'report' && <ReportScreen workshopId={route.workshopId} paper={route.paper} print={route.print} />}
      {route.name === 'projector' && <ProjectorScreen />}
      <NoticeBar />
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'create' && <CreateWorkshopDialog onClose={() => setDialog(null)} />}
    </>
  );
}
