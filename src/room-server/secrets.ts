// Room codes, the trainer's secret and the phones' tokens: all from the
// operating system's random source. Only hashes of secrets and tokens are
// kept (in memory and in the snapshot), so a copied snapshot lets nobody in.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../room/protocol.ts';

export function newCode(): string {
  let c = '';
  for (let i = 0; i < CODE_LENGTH; i++) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return c;
}

/** 32 random bytes as base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(s: string): string {
  return createHash('sha256').update(s).digest('base64url');
}

export function matchesHash(s: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(s));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}
