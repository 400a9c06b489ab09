import type { RecordMap } from '@shared/model/types';
import { findWorkshop } from '@shared/model/queries';
import { ExportDisclosure } from './ExportDisclosure';

/** The open workshop's Export button (topbar). */
export function ExportMenu({ records }: { records: RecordMap }) {
  const workshop = findWorkshop(records);
  return workshop ? <ExportDisclosure records={records} workshopId={workshop.id} title={workshop.title} /> : null;
}
