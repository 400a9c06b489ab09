import type { ComponentProps } from 'react';
import type { WorkshopSummary } from '../store/state';
import { HomeFollowUp } from '../features/exercises/plan/HomeFollowUp';
import { HomeScreen } from '../features/home/HomeScreen';
import { ProjectorScreen } from '../features/projector/ProjectorScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { ProjectorJoin } from '../features/room/ProjectorJoin';
import { CardExportMenu } from '../features/transfer/CardExportMenu';
import { HomeTransferActions } from '../features/transfer/HomeTransferActions';
import { useTransfer } from '../features/transfer/useTransfer';

/*
 * Screens with what other features add to them. The screens import no other feature
 * (docs/architecture.md, "Features"): the app, where features meet, passes it in.
 */

function cardActions(workshop: WorkshopSummary) {
  return (
    <>
      <HomeFollowUp workshopId={workshop.id} />
      <CardExportMenu workshopId={workshop.id} title={workshop.title} />
    </>
  );
}

/** Home, with import and backups in its top bar and follow-up and export on each card. */
export function Home() {
  return <HomeScreen topbarActions={<HomeTransferActions />} cardActions={cardActions} />;
}

/** The printable report, built and exported to PDF by the transfer feature. */
export function Report(props: Omit<ComponentProps<typeof ReportScreen>, 'transfer'>) {
  const transfer = useTransfer();
  return <ReportScreen {...props} transfer={transfer} />;
}

const joinCard = (workshopId: string) => <ProjectorJoin workshopId={workshopId} />;

/** The projector, with the room's join card while the room is open. */
export function Projector() {
  return <ProjectorScreen joinCard={joinCard} />;
}
