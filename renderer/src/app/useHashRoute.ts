import { useEffect } from 'react';
import { useServices } from '../services-context';
import type { Route } from '../store/state';
import { parseReportHash, reportHash } from '../features/report/report-route';
import { parseProjectorHash, projectorHash } from '../features/projector/projector-route';

export function routeToHash(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'report') return reportHash(route.workshopId, route.paper, route.print);
  if (route.name === 'projector') return projectorHash(route.workshopId);
  const activity = route.activityId ? `/${encodeURIComponent(route.activityId)}` : '';
  return `#/workshop/${encodeURIComponent(route.workshopId)}${activity}`;
}

export function hashToRoute(hash: string): Route {
  const report = parseReportHash(hash);
  if (report) return report;
  const projector = parseProjectorHash(hash);
  if (projector) return projector;
  const match = /^#\/workshop\/([^/]+)(?:\/([^/]+))?$/.exec(hash);
  if (!match?.[1]) return { name: 'home' };
  return {
    name: 'workshop',
    workshopId: decodeURIComponent(match[1]),
    activityId: match[2] ? decodeURIComponent(match[2]) : null,
  };
}

/** Keeps the address in step with the screen, so a reload (or restart) returns to the same board. */
export function useHashRoute() {
  const { app, workshops } = useServices();

  useEffect(() => {
    const follow = () => {
      const route = hashToRoute(window.location.hash);
      if (route.name === 'workshop') void workshops.openWorkshop(route.workshopId, route.activityId);
      else if (route.name === 'report') workshops.openReport(route);
      else if (route.name === 'projector') void workshops.follow(route.workshopId);
      else if (app.store.getState().route.name !== 'home') void workshops.goHome();
    };
    follow();
    window.addEventListener('hashchange', follow);
    const unsubscribe = app.store.subscribe((state, previous) => {
      if (state.route === previous.route) return;
      const hash = routeToHash(state.route);
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    });
    return () => {
      window.removeEventListener('hashchange', follow);
      unsubscribe();
    };
  }, [app, workshops]);
}
