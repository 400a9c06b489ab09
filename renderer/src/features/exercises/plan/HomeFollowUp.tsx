import { useServices } from '../../../services-context';
import { FollowUpForm } from './FollowUpForm';

/** The follow-up button on a home-screen workshop card: loads that workshop, then starts its follow-up. */
export function HomeFollowUp({ workshopId }: { workshopId: string }) {
  const { workshops } = useServices();
  return <FollowUpForm load={() => workshops.readWorkshop(workshopId)} small />;
}
