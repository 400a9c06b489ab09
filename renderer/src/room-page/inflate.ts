/**
 * Whole views with a board come as raw-deflate binary messages when the page
 * asks for them (a revealed board of 262 KB is 60 KB on the room's Wi-Fi);
 * a browser without `DecompressionStream('deflate-raw')` (Safari before
 * 16.4) does not ask and is sent text.
 */
export function canInflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    // Browsers that know DecompressionStream but not this format throw here.
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The room's WebSocket address for this page: whole views deflated when this browser can inflate them. */
export function roomSocketUrl(host: string): string {
  return `ws://${host}/ws${canInflate() ? '?views=deflate-raw' : ''}`;
}

/** A binary message's text; rejects when it is not a whole raw-deflate stream. */
export async function inflateText(data: ArrayBuffer): Promise<string> {
  return new Response(new Response(data).body!.pipeThrough(new DecompressionStream('deflate-raw'))).text();
}
