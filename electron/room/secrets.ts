import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secrets of the room: join secret, host secret, participant passes. */

/** 32 random bytes (256 bits), base64url: 43 characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A participant id: 12 random bytes, base64url (16 characters); not a secret, just unguessable. */
export function newParticipantId(): string {
  return `p${randomBytes(12).toString('base64url')}`;
}

/** SHA-256 of a pass, hex: what the facilitator's app keeps instead of the pass. */
export function hashPass(pass: string): string {
  return createHash('sha256').update(pass, 'utf8').digest('hex');
}

/**
 * Compares a secret in constant time. Both sides are hashed first, so the
 * comparison takes the same time whatever the lengths and contents.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Compares a pass with a stored SHA-256 hex hash, in constant time. */
export function passMatches(pass: string, passHash: string): boolean {
  const a = createHash('sha256').update(pass, 'utf8').digest();
  const b = Buffer.from(/^[0-9a-f]{64}$/.test(passHash) ? passHash : '0'.repeat(64), 'hex');
  return timingSafeEqual(a, b) && /^[0-9a-f]{64}$/.test(passHash);
}
