const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A short code people can read off the projector and compare with their
 * phone ("ABC-DEF"): made from the join secret, so it changes each time the
 * room opens and a phone that shows it joined this room. It is a check, not a
 * key: joining still needs the whole secret from the join address.
 * @example roomCode('9fQ2…') // 'K7M-2XQ'
 */
export function roomCode(joinSecret: string): string {
  let code = '';
  for (let index = 0; index < 6; index++) code += ALPHABET[(joinSecret.charCodeAt(index) || 0) % ALPHABET.length];
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The join secret in a join address (`…/#k=<secret>`), or null. */
export function joinSecretOf(joinUrl: string): string | null {
  return /#k=([A-Za-z0-9_-]{43})$/.exec(joinUrl)?.[1] ?? null;
}
