import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_IDS, type DepartmentId } from '@shared/model/types';
import type { RoomConnection } from './connection';
import { ActivityView } from './ActivityView';

/** The participant page: join, then follow the room's current activity. */
export function RoomPage({ connection }: { connection: RoomConnection }) {
  const { t, i18n } = useTranslation();
  const view = connection.view;
  const other = i18n.language === 'pl' ? 'en' : 'pl';
  return (
    <div className="room">
      <header className="room-header">
        <span className="room-brand">{t('room.page.title')}</span>
        <span role="status" className={`room-status room-status-${connection.identity ? connection.status : 'idle'}`}>
          {!connection.identity || connection.status === 'closed' ? '' : connection.status === 'online' ? t('room.page.online') : t('room.page.reconnecting')}
        </span>
        <button type="button" className="room-lang" lang={other} onClick={() => void i18n.changeLanguage(other)}>
          {t(`app.languages.${other}`)}
        </button>
      </header>
      <main className="room-main">
        {connection.ending && <p role="alert" className="room-ending">{t(`room.closed.${connection.ending}`)}</p>}
        {connection.status === 'offline' && connection.identity && <p className="room-offline">{t('room.page.offline')}</p>}
        {connection.lastRefusal && <p role="alert" className="room-refusal">{t(`room.refused.${connection.lastRefusal}`)}</p>}
        {!connection.identity ? (
          connection.canJoin && connection.ending !== 'closing' && connection.ending !== 'locked' ? <JoinForm connection={connection} /> : !connection.ending && <p role="alert">{t('room.closed.badSecret')}</p>
        ) : view ? (
          <>
            <h1 className="room-hello">{t('room.page.hello', { name: view.me.name })}</h1>
            {connection.roomCode && <p className="room-code">{t('room.page.code', { code: connection.roomCode })}</p>}
            {view.activity ? <ActivityView view={view} activity={view.activity} connection={connection} /> : <p>{t('room.page.waiting')}</p>}
          </>
        ) : (
          <p>{t('room.page.joining')}</p>
        )}
      </main>
    </div>
  );
}

function JoinForm({ connection }: { connection: RoomConnection }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [department, setDepartment] = useState<DepartmentId | null>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => connection.askLobby(), [connection]);
  const join = (who: string, where: DepartmentId) => {
    setSent(true);
    connection.join(who, where);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && department) join(name.trim(), department);
  };
  return (
    <form className="room-join" onSubmit={submit}>
      <h1>{t('room.page.joinTitle')}</h1>
      <p>{t('room.page.joinIntro')}</p>
      {connection.lobby.length > 0 && !sent && (
        <section className="room-lobby" aria-labelledby="room-lobby-title">
          <h2 id="room-lobby-title">{t('room.page.pickTitle')}</h2>
          <ul>
            {connection.lobby.map((person) => (
              <li key={`${person.department}:${person.name}`}>
                <button type="button" className={`room-dept-${person.department}`} onClick={() => join(person.name, person.department)}>
                  {t('room.page.pick', { name: person.name, department: t(`workshopForm.${person.department}Default`) })}
                </button>
              </li>
            ))}
          </ul>
          <p>{t('room.page.pickOr')}</p>
        </section>
      )}
      <label className="room-field">
        <span>{t('room.page.name')}</span>
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={40} autoComplete="name" required />
      </label>
      <fieldset className="room-departments">
        <legend>{t('room.page.department')}</legend>
        {DEPARTMENT_IDS.map((id) => (
          <label key={id} className={`room-choice room-dept-${id}`}>
            <input type="radio" name="department" value={id} checked={department === id} onChange={() => setDepartment(id)} required />
            <span>{t(`workshopForm.${id}Default`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="room-primary" disabled={sent && connection.status !== 'offline'}>
        {sent ? t('room.page.joining') : t('room.page.join')}
      </button>
    </form>
  );
}
