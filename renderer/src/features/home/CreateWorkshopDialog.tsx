import { useServices } from '../../services-context';
import { useSavedTemplates } from './useSavedTemplates';
import { WorkshopFormDialog } from './WorkshopFormDialog';

/** The new-workshop form, offering the saved templates beside the default one. */
export function CreateWorkshopDialog({ onClose }: { onClose: () => void }) {
  const { workshops } = useServices();
  const templates = useSavedTemplates();
  return <WorkshopFormDialog templates={templates} onSubmit={workshops.createWorkshop} onClose={onClose} />;
}
