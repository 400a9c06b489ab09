import { useEffect, useState } from 'react';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import { useServices } from '../../services-context';
import { WorkshopFormDialog } from './WorkshopFormDialog';

/** The new-workshop form, offering the saved templates beside the default one. */
export function CreateWorkshopDialog({ onClose }: { onClose: () => void }) {
  const { workshops } = useServices();
  const [templates, setTemplates] = useState<CustomTemplateRecord[]>([]);

  useEffect(() => {
    let live = true;
    void workshops.listTemplates().then((list) => live && setTemplates(list));
    return () => {
      live = false;
    };
  }, [workshops]);

  return <WorkshopFormDialog templates={templates} onSubmit={workshops.createWorkshop} onClose={onClose} />;
}
