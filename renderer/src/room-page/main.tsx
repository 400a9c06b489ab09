import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { RoomConnection } from './connection';
import { roomSocketUrl } from './inflate';
import { RoomPage } from './RoomPage';
import './room.css';

/**
 * Entry of the participant page (served by the room from memory). The join
 * secret arrives in the address's fragment; it is kept for this tab and
 * taken out of the address bar.
 */
const SECRET_KEY = 'alignboard.room.key';
const fromHash = /^#k=([A-Za-z0-9_-]{43})$/.exec(location.hash)?.[1] ?? null;
if (fromHash) {
  sessionStorage.setItem(SECRET_KEY, fromHash);
  history.replaceState(null, '', location.pathname);
}
const joinKey = fromHash ?? sessionStorage.getItem(SECRET_KEY);

const listeners = new Set<() => void>();
let version = 0;
const connection = new RoomConnection(roomSocketUrl(location.host), joinKey, localStorage, () => {
  version += 1;
  for (const listener of listeners) listener();
});
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const i18n = createI18n(navigator.language.toLowerCase().startsWith('pl') ? 'pl' : 'en');
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

function Root() {
  useSyncExternalStore(subscribe, () => version);
  return <RoomPage connection={connection} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Root />
    </I18nextProvider>
  </StrictMode>,
);
connection.start();
addEventListener('offline', () => connection.networkChanged(false));
addEventListener('online', () => connection.networkChanged(true));
