import { performance } from 'node:perf_hooks';
import { inflateRawSync } from 'node:zlib';
import type WebSocket from 'ws';

/**
 * Reads a socket's messages as one phone would, timed as 200 phones would be.
 *
 * Each phone reads (and inflates) its own messages, all phones at once; this
 * one harness process reads them for every simulated device in turn, so a
 * device's message would wait behind the others' decoding. Instead the
 * moment a message arrives is taken first, the decoding runs after the
 * pending network reads (`setImmediate`), and a message counts as read at
 * its arrival plus its own decoding time. Messages of one socket keep their order.
 */
export function readMessages(ws: WebSocket, read: (text: string, at: number, data: Buffer, binary: boolean) => void): void {
  const waiting: Array<{ data: Buffer; binary: boolean; arrived: number }> = [];
  ws.on('message', (data: Buffer, binary) => {
    waiting.push({ data, binary, arrived: performance.now() });
    if (waiting.length === 1) setImmediate(drain);
  });
  function drain(): void {
    for (const { data, binary, arrived } of waiting.splice(0)) {
      const started = performance.now();
      const text = binary ? inflateRawSync(data).toString() : data.toString();
      read(text, arrived + (performance.now() - started), data, binary);
    }
  }
}
