import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openRoom, type Room, type RoomLimits } from '../../electron/room/server';
import type { RoomAddress } from './facilitator';
import { deadline } from './util';

/** The room's resource use at one moment (null when it runs in this process and cannot be told apart). */
export interface Usage {
  rssMb: number;
  /** CPU time (user + system) since the process started, in seconds. */
  cpuS: number;
  /** Open file descriptors (sockets, files, timers' fds): the room's open handles. */
  fds: number;
}

/** A room the bench can address, kill and restart. */
export interface RoomHandle {
  address(): RoomAddress;
  /** Kills the room outright (SIGKILL for a process) and starts it again on the same port. */
  restart(): Promise<RoomAddress>;
  usage(): Usage | null;
  stop(): Promise<void>;
}

const CLI = resolve(import.meta.dirname, '../../electron/room/cli.ts');
/** `ROOM_PROFILE_DIR=folder`: the room process writes a CPU profile there when it stops (node --cpu-prof). */
const PROFILE = process.env.ROOM_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.ROOM_PROFILE_DIR)}`] : [];
const TICKS_PER_SECOND = 100;

/** `npm run room` as its own process on a fixed loopback port, as in browser mode; `args` go to the CLI (e.g. `--host-origin`). */
export async function roomProcess(port: number, args: string[] = []): Promise<RoomHandle> {
  let child: ChildProcess;
  let address: RoomAddress;
  const start = async () => {
    child = spawn(process.execPath, [...PROFILE, '--import', 'tsx', CLI, '--host', '127.0.0.1', '--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const printed = await deadline(
      new Promise<string>((found, fail) => {
        child.stdout!.once('data', (data: Buffer) => found(String(data)));
        child.once('exit', (code) => fail(new Error(`room exited with ${code}`)));
      }),
      30_000,
      'room process start',
    );
    const info = JSON.parse(printed.split('\n')[0]!) as Omit<RoomAddress, 'port'>;
    address = { ...info, port: Number(new URL(info.origin).port) };
    return address;
  };
  await start();
  // If the bench itself dies, the room it started goes with it.
  process.once('exit', () => child.kill('SIGKILL'));
  const exited = () => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
  return {
    address: () => address,
    async restart() {
      child.kill('SIGKILL');
      await deadline(exited(), 10_000, 'room process exit');
      return start();
    },
    usage: () => procUsage(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      await deadline(exited(), 10_000, 'room process exit').catch(() => child.kill('SIGKILL'));
    },
  };
}

/** The room in this process (tests): restart closes it and opens a new one on the same port. */
export async function roomInProcess(limits: Partial<RoomLimits> = {}): Promise<RoomHandle> {
  let room: Room = await openRoom({ host: '127.0.0.1', port: 0, limits });
  const port = room.port;
  return {
    address: () => room,
    async restart() {
      await room.close();
      room = await openRoom({ host: '127.0.0.1', port, limits });
      return room;
    },
    usage: () => null,
    stop: () => room.close(),
  };
}

/** RSS, CPU time and open descriptors of a Linux process, from /proc. */
export function procUsage(pid: number): Usage | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the command name: state is field 3; utime and stime are fields 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rssMb: rssKb / 1024, cpuS: ticks / TICKS_PER_SECOND, fds: readdirSync(`/proc/${pid}/fd`).length };
  } catch {
    return null;
  }
}
