import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordMap } from '@shared/model/types';
import { findWorkshop } from '@shared/model/queries';
import { useServices } from '../../services-context';
import { useTransfer } from './useTransfer';

/**
 * The workshop's Export button: a disclosure with one button per format.
 * Escape or a click elsewhere closes it and gives focus back to the button.
 */
export function ExportMenu({ records }: { records: RecordMap }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const transfer = useTransfer();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const title = findWorkshop(records)?.title ?? '';
  const hasActions = Object.values(records).some((record) => record.type === 'action');

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    root.current?.querySelector<HTMLButtonElement>('[data-export]')?.focus();
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const run = (action: () => unknown) => () => {
    setOpen(false);
    toggle.current?.focus();
    void action();
  };

  const items: Array<{ key: string; label: string; action: () => unknown }> = [
    { key: 'pdf', label: t('transfer.export.pdf'), action: () => transfer.exportPdf(records) },
    { key: 'markdown', label: t('transfer.export.markdown'), action: () => transfer.exportMarkdown(records) },
    // The plan is what people track in a spreadsheet; before there is one, the notes are.
    hasActions
      ? { key: 'csv', label: t('transfer.export.csvActions'), action: () => transfer.exportActionsCsv(records) }
      : { key: 'csv', label: t('transfer.export.csvNotes'), action: () => transfer.exportCsv(records) },
    { key: 'json', label: t('transfer.export.json'), action: () => transfer.exportJson(records) },
  ];

  return (
    <div
      className="export-menu"
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
        className="button"
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
