import { useServices } from '../../../services-context';
import { FollowUpForm } from './FollowUpForm';

/** The follow-up button on a home-screen workshop card: loads that workshop, then starts its follow-up. */
export function HomeFollowUp({ workshopId }: { workshopId: string }) {
  const { app } = useServices();
  const load = async () => {
    try {
      return await app.repository.loadWorkshop(workshopId);
    } catch (error) {
      app.reportError(error);
      return null;
    }
  };
  return <FollowUpForm load={load} small />;
}
