import type { NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../../shared/ipc/contract';

/**
 * The addresses a room can listen on: the laptop's IPv4 addresses on its
 * networks (Wi-Fi, Ethernet, its own hotspot), private ranges first, then the
 * loopback (for trying it on this laptop only). Link-local and IPv6 addresses
 * are left out: phones rarely reach them and they make poor QR codes.
 */
export function roomAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [label, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      found.push({ address: info.address, label });
    }
  }
  found.sort((a, b) => Number(isPrivate(b.address)) - Number(isPrivate(a.address)));
  return [...found, { address: '127.0.0.1', label: 'loopback' }];
}

function isPrivate(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b !== undefined && b >= 16 && b <= 31);
}
