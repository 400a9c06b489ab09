import { ExportDisclosure } from './ExportDisclosure';

/** Export from a home-screen card: the workshop is loaded when a format is picked. */
export function CardExportMenu({ workshopId, title }: { workshopId: string; title: string }) {
  return <ExportDisclosure workshopId={workshopId} title={title} small />;
}
