import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NoticeBar } from '../components/NoticeBar';
import { CreateWorkshopDialog } from '../features/home/CreateWorkshopDialog';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { parseReportHash } from '../store/routes';
import { useBackupSchedule } from '../features/transfer/useBackupSchedule';
import { useAppState, usePreferences, useServices } from '../services-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AboutDialog } from './AboutDialog';
import { ScreenFailure, type ScreenName } from './ScreenFailure';
import { Home, Projector, Report } from './screens';
import { SingleWriter } from './SingleWriter';
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

/** One screen inside its own error boundary: a failure there leaves the notices, dialogs and shortcuts working. */
function Guarded({ screen, resetKey, children }: { screen: ScreenName; resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKey={resetKey} fallback={(error, reset) => <ScreenFailure screen={screen} error={error} reset={reset} />}>
      {children}
    </ErrorBoundary>
  );
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
      {route.name === 'home' && (
        <Guarded screen="home" resetKey="home">
          <Home />
        </Guarded>
      )}
      {route.name === 'workshop' && (
        <Guarded screen="workshop" resetKey={route.workshopId}>
          <SingleWriter workshopId={route.workshopId}>
            <WorkshopScreen activityId={route.activityId} />
          </SingleWriter>
        </Guarded>
      )}
      {route.name === 'report' && (
        <Guarded screen="report" resetKey={route.workshopId}>
          <Report workshopId={route.workshopId} paper={route.paper} print={route.print} />
        </Guarded>
      )}
      {route.name === 'projector' && (
        <Guarded screen="projector" resetKey={route.workshopId}>
          <Projector />
        </Guarded>
      )}
      <NoticeBar />
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'create' && <CreateWorkshopDialog onClose={() => setDialog(null)} />}
    </>
  );
}
