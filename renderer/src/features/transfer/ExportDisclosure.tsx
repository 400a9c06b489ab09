import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap } from '@shared/model/types';
import { recordsOfType } from '@shared/model/queries';
import { useServices } from '../../services-context';
import { useTransfer } from './useTransfer';

interface ExportDisclosureProps {
  /** The open workshop's records; omitted on a home card, where they are loaded on use. */
  records?: RecordMap;
  workshopId: string;
  title: string;
  small?: boolean;
}

/** Through the records' type index (kept per records map), not a walk of every record on each render. */
const hasActions = (records: RecordMap) => recordsOfType(records, 'action').length > 0;

/**
 * The workshop's Export button: a disclosure with one button per format.
 * Escape or a click elsewhere closes it and gives focus back to the button.
 */
export function ExportDisclosure({ records, workshopId, title, small = false }: ExportDisclosureProps) {
  const { t } = useTranslation();
  const { platform, workshops } = useServices();
  const transfer = useTransfer();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    root.current?.querySelector<HTMLButtonElement>('[data-export]')?.focus();
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const run = (action: (loaded: RecordMap) => unknown) => () => {
    setOpen(false);
    toggle.current?.focus();
    void (records ? Promise.resolve(records) : workshops.readWorkshop(workshopId)).then((loaded) => loaded && action(loaded));
  };

  const items: Array<{ key: string; label: string; action: (loaded: RecordMap) => unknown }> = [
    { key: 'pdf', label: t('transfer.export.pdf'), action: transfer.exportPdf },
    { key: 'markdown', label: t('transfer.export.markdown'), action: transfer.exportMarkdown },
    // The plan is what people track in a spreadsheet; before there is one, the notes are.
    {
      key: 'csv',
      label: t(records ? (hasActions(records) ? 'transfer.export.csvActions' : 'transfer.export.csvNotes') : 'transfer.export.csv'),
      action: (loaded) => (hasActions(loaded) ? transfer.exportActionsCsv(loaded) : transfer.exportCsv(loaded)),
    },
    { key: 'xlsx', label: t('transfer.export.xlsx'), action: transfer.exportXlsx },
    { key: 'json', label: t('transfer.export.json'), action: transfer.exportJson },
  ];

  return (
    <div
      className={small ? 'export-menu export-menu--small' : 'export-menu'}
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className={small ? 'button button--small' : 'button'}
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('transfer.export.menuFor', { title })}
        onClick={() => setOpen((value) => !value)}
      >
        {t('transfer.export.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="export-menu__list" id={menuId} data-platform={platform.kind}>
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" className="export-menu__item" data-export={item.key} onClick={run(item.action)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
