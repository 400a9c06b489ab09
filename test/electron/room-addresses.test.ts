// @vitest-environment node
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { roomAddresses } from '../../electron/main/room-addresses';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: null });
const v6 = (address: string): NetworkInterfaceInfo => ({ address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal: false, cidr: null, scopeid: 0 });

describe('roomAddresses', () => {
  it('offers the private networks first, then public ones, and the loopback last', () => {
    const found = roomAddresses({
      lo: [v4('127.0.0.1', true)],
      vpn: [v4('100.64.3.2')],
      'Wi-Fi': [v4('192.168.1.23'), v6('fe80::1')],
      hotspot: [v4('10.42.0.1')],
      docker: [v4('172.17.0.1')],
    });
    expect(found).toEqual([
      { address: '192.168.1.23', label: 'Wi-Fi' },
      { address: '10.42.0.1', label: 'hotspot' },
      { address: '172.17.0.1', label: 'docker' },
      { address: '100.64.3.2', label: 'vpn' },
      { address: '127.0.0.1', label: 'loopback' },
    ]);
  });

  it('leaves out link-local addresses (no DHCP) and offers the loopback when there is no network', () => {
    expect(roomAddresses({ eth0: [v4('169.254.10.20')] })).toEqual([{ address: '127.0.0.1', label: 'loopback' }]);
  });
});
