import { useEffect } from 'react';
import { useServices } from '../services-context';
import { hashToRoute, routeToHash } from '../store/routes';

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
