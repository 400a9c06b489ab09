import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openCustomerLens } from '../fixtures/ui';
import { renderApp } from '../support/render-app';

declare global {
  interface Window {
    pwned?: string;
  }
}

const HOSTILE = {
  image: '<img src=x onerror="window.pwned=\'img\'">',
  script: '<script>window.pwned = "script"</script>',
  link: '<a href="javascript:window.pwned=\'link\'">Click me</a>',
  bareLink: 'javascript:window.pwned="bare"',
  // U+202E RIGHT-TO-LEFT OVERRIDE: would flip what follows it on screen.
  rtl: 'invoice\u202Efdp.exe',
};

async function addThroughComposer(user: ReturnType<typeof renderApp>['user'], text: string) {
  const box = screen.getByRole('textbox', { name: 'Add a note to Sales sees' });
  await user.click(box);
  // Paste, not type: user-event reads "{" and "[" in typed text as key names.
  await user.paste(text);
  const list = screen.getByRole('list', { name: 'Notes in Sales sees' });
  const before = within(list).queryAllByRole('paragraph').length;
  await user.keyboard('{Enter}');
  // A quick-added note shows once it is saved.
  await waitFor(() => expect(within(list).queryAllByRole('paragraph')).toHaveLength(before + 1));
}

describe('hostile note text', () => {
  afterEach(() => {
    delete window.pwned;
  });

  it('is shown as the literal text: no element is created and no handler runs', async () => {
    const { user, container } = renderApp();
    await openCustomerLens(user);

    for (const text of Object.values(HOSTILE)) await addThroughComposer(user, text);

    const list = screen.getByRole('list', { name: 'Notes in Sales sees' });
    const shown = within(list)
      .getAllByRole('paragraph')
      .map((p) => p.textContent);
    expect(shown).toEqual(Object.values(HOSTILE));
    expect(container.querySelector('img, script, iframe, object, embed')).toBeNull();
    expect(within(list).queryAllByRole('link')).toEqual([]);
    expect(container.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
    expect(window.pwned).toBeUndefined();
  }, 20_000);

  it('keeps the RTL override as a visible character in the note and its accessible names', async () => {
    const { user } = renderApp();
    await openCustomerLens(user);
    await addThroughComposer(user, HOSTILE.rtl);

    // Stored and shown unchanged (the stylesheet isolates it: unicode-bidi: plaintext on .note__text),
    // so a screen reader and the edit box see exactly what was typed.
    const note = screen.getByText(HOSTILE.rtl);
    expect(note.tagName).toBe('P');
    expect(note.childElementCount).toBe(0);
    expect(screen.getByRole('button', { name: `Edit note: ${HOSTILE.rtl}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Edit note: ${HOSTILE.rtl}` }));
    expect(screen.getByRole('textbox', { name: 'Note text' })).toHaveValue(HOSTILE.rtl);
  }, 20_000);

  it('keeps hostile text inert in the note labels after switching to Polish', async () => {
    const { user, container } = renderApp();
    await openCustomerLens(user);
    await addThroughComposer(user, HOSTILE.image);

    // The note's labels follow the language (they come from a per-note translation hook).
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Polski');
    expect(await screen.findByRole('button', { name: `Przenieś karteczkę: ${HOSTILE.image}` }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Edytuj karteczkę: ${HOSTILE.image}` })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  }, 20_000);
});
