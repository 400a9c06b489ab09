import { app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { IPC, type AppInfo } from '../../shared/ipc/contract';
import { setLocaleArgs } from '../../shared/ipc/schemas';
import type { Locale } from '../../shared/i18n/locales';
import { devServerUrl, isAppUrl } from './origin';

type Handler<Args extends readonly unknown[], Result> = (...args: Args) => Result | Promise<Result>;

/** A further check on who sends, e.g. only the main window (see main-window.ts). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Wraps a handler so it only runs for our own pages and well-formed arguments.
 * Kept separate from `handle` so tests can call it without ipcMain.
 */
export function guardHandler<Args extends readonly unknown[], Result>(
  channel: string,
  argsSchema: z.ZodType<Args>,
  fn: Handler<Args, Result>,
  devServer: string | undefined = devServerUrl(),
  allowSender?: SenderCheck,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result> {
  return async (event, ...args) => {
    const senderUrl = event.senderFrame?.url;
    if (!senderUrl || !isAppUrl(senderUrl, devServer)) {
      throw new Error('Rejected IPC from untrusted sender');
    }
    if (allowSender && !allowSender(event)) {
      throw new Error(`Rejected ${channel}: only the main window may use it`);
    }
    const parsed = argsSchema.safeParse(args);
    if (!parsed.success) {
      throw new Error(`Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
    }
    return fn(...parsed.data);
  };
}

/** `ipcMain.handle` that checks the sender and validates arguments first. */
export function handle<Args extends readonly unknown[], Result>(
  channel: string,
  argsSchema: z.ZodType<Args>,
  fn: Handler<Args, Result>,
  allowSender?: SenderCheck,
): void {
  ipcMain.handle(channel, guardHandler(channel, argsSchema, fn, devServerUrl(), allowSender));
}

export function getAppInfo(): AppInfo {
  return { name: app.getName(), version: app.getVersion(), platform: process.platform };
}

/** Registers every channel of the contract. */
export function registerIpcHandlers(onLocaleChange: (locale: Locale) => void): void {
  handle(IPC.getAppInfo, z.tuple([]), getAppInfo);
  handle(IPC.setLocale, setLocaleArgs, (locale) => {
    onLocaleChange(locale);
  });
}
