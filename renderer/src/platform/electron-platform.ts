import type { AlignboardBridge } from '@shared/ipc/contract';
import { hostMessageText } from '@shared/room/host';
import { parseFrame, roomToHostSchema, HOST_MAX_BYTES, type RoomToHost } from '@shared/room/protocol';
import type { Platform, RoomPlatform } from './platform';

/** The renderer inside Electron: every call goes through the typed preload bridge. */
export function createElectronPlatform(bridge: AlignboardBridge): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => bridge.getAppInfo(),
    setLocale: (locale) => bridge.setLocale(locale),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    openProjector: (workshopId) => bridge.openProjector(workshopId),
    exportPdf: (options) => bridge.exportPdf(options),
    saveFile: (request) => bridge.saveFile(request),
    backups: {
      writeBackup: (workshopId, json) => bridge.writeBackup(workshopId, json),
      listBackups: () => bridge.listBackups(),
      readBackup: (id) => bridge.readBackup(id),
      deleteBackups: (workshopId) => bridge.deleteBackups(workshopId),
      onQuit: (backup) => bridge.onBackupRequest(() => void backup().finally(() => void bridge.backupsFlushed())),
    },
    room: electronRoom(bridge),
  };
}

/** The desktop's room: main runs the server; its host connection is this IPC relay. */
function electronRoom(bridge: AlignboardBridge): RoomPlatform {
  return {
    addresses: () => bridge.roomAddresses(),
    open: async (address, events) => {
      const stopMessages = bridge.onRoomMessage((text) => {
        const parsed = parseFrame<RoomToHost>(roomToHostSchema, text, HOST_MAX_BYTES);
        if (parsed.ok) events.message(parsed.message);
      });
      const stopClosed = bridge.onRoomClosed(() => {
        stop();
        events.closed();
      });
      const stop = () => {
        stopMessages();
        stopClosed();
      };
      try {
        const { joinUrl } = await bridge.roomOpen(address);
        return {
          joinUrl,
          send: (message) => bridge.roomSend(hostMessageText(message)),
          close: async () => {
            stop();
            await bridge.roomClose();
          },
        };
      } catch (error) {
        stop();
        throw error;
      }
    },
  };
}
