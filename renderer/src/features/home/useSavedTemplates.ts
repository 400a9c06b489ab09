import { useEffect, useState } from 'react';
import type { CustomTemplateRecord } from '@shared/model/facilitation-types';
import { useServices } from '../../services-context';

/**
 * The saved templates, newest first; listed again whenever `refresh` changes
 * (an empty list while loading or when the database cannot be read).
 */
export function useSavedTemplates(refresh?: unknown): CustomTemplateRecord[] {
  const { workshops } = useServices();
  const [templates, setTemplates] = useState<CustomTemplateRecord[]>([]);

  useEffect(() => {
    let live = true;
    void workshops.listTemplates().then((list) => live && setTemplates(list));
    return () => {
      live = false;
    };
  }, [workshops, refresh]);

  return templates;
}
