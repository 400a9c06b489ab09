import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS, NoticeBar } from '../../renderer/src/components/NoticeBar';
import { ServicesProvider } from '../../renderer/src/services-context';
import { createTestServices } from '../support/services';

function renderNotices() {
  const services = createTestServices();
  render(
    <ServicesProvider services={services}>
      <NoticeBar />
    </ServicesProvider>,
  );
  return services;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('notices', () => {
  it('lets a confirmation go by itself, but not while the pointer or the focus is on it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app } = renderNotices();
    act(() => app.notify({ tone: 'info', key: 'transfer.export.pdfSaved' }));
    const notice = screen.getByText('The PDF report was saved.');

    fireEvent.mouseEnter(notice.closest('.notice-region')!);
    act(() => void vi.advanceTimersByTime(NOTICE_MS * 2));
    expect(screen.getByText('The PDF report was saved.')).toBeInTheDocument();
    fireEvent.mouseLeave(notice.closest('.notice-region')!);

    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
    act(() => void vi.advanceTimersByTime(NOTICE_MS * 2));
    expect(screen.getByText('The PDF report was saved.')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Dismiss' }).blur());

    act(() => void vi.advanceTimersByTime(NOTICE_MS - 100));
    expect(screen.getByText('The PDF report was saved.')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(200));
    expect(screen.queryByText('The PDF report was saved.')).not.toBeInTheDocument();
  });

  it('keeps an error until it is dismissed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { app } = renderNotices();
    act(() => app.notify({ tone: 'error', key: 'transfer.import.refused', params: { reason: { key: 'transfer.import.notWorkshop' } } }));
    act(() => void vi.advanceTimersByTime(NOTICE_MS * 10));
    expect(screen.getByRole('alert')).toHaveTextContent('This is not an Alignboard workshop file.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('This is not an Alignboard workshop file.', { exact: false })).not.toBeInTheDocument();
  });

  it('translates the whole message, its reason too, in the language of the moment', async () => {
    const { app, i18n } = renderNotices();
    act(() =>
      app.notify({ tone: 'error', key: 'transfer.import.refused', params: { reason: { key: 'transfer.import.notJsonAt', params: { line: 3, column: 16 } } } }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('it breaks at line 3, column 16. Nothing was imported');
    await act(() => i18n.changeLanguage('pl'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'To nie jest poprawny eksport warsztatu: plik jest uszkodzony w wierszu 3, w kolumnie 16. Niczego nie zaimportowano',
    );
    await act(() => i18n.changeLanguage('en'));
  });

  it('does not follow the user from home into a workshop', () => {
    const { app, workshops } = renderNotices();
    act(() => app.notify({ tone: 'info', key: 'transfer.import.done', params: { title: 'Q1' } }));
    expect(screen.getByRole('status')).toHaveTextContent('Imported “Q1” as a new workshop.');
    act(() => void workshops.openWorkshop('w1'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
