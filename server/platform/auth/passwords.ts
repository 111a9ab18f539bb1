// Passwords: argon2id hashes (@node-rs/argon2, OWASP's parameters), the house policy, and
// generated initial passwords that satisfy it.
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { LocalizedText } from '../errors/index.ts';

// argon2id (algorithm 2), 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation.
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps a sign-in for an unknown user as slow as one for a known user.
let decoy: Promise<string> | null = null;
export async function burnVerify(password: string): Promise<void> {
  decoy ??= hashPassword('decoy-password-for-timing');
  await verifyPassword(await decoy, password);
}

const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Returns why a new password breaks the policy, or null. History is checked separately (it needs hashes). */
export function passwordPolicyProblem(password: string, username: string): LocalizedText | null {
  if (password.length < 8) return { zh: '密码至少 8 位', en: 'the password must have at least 8 characters' };
  if (password.length > 128) return { zh: '密码最多 128 位', en: 'the password must have at most 128 characters' };
  if (classes.filter((c) => c.test(password)).length < 3) {
    return {
      zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'the password must mix at least three of: upper case, lower case, digits, symbols',
    };
  }
  if (password.toLowerCase().includes(username.toLowerCase()) && username.length >= 3) {
    return { zh: '密码不能包含用户名', en: 'the password must not contain the username' };
  }
  return null;
}

/** Whether `password` matches any of the stored hashes (the last N passwords). */
export async function inHistory(history: readonly string[], password: string): Promise<boolean> {
  for (const stored of history) if (await verifyPassword(stored, password)) return true;
  return false;
}

const alphabet = {
  lower: 'abcdefghijkmnpqrstuvwxyz',
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  digit: '23456789',
  symbol: '@#%+=?!',
};

/** A 14-character password with every character class, without look-alike characters (0/O, 1/l). */
export function generatePassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const all = alphabet.lower + alphabet.upper + alphabet.digit + alphabet.symbol;
  const chars = [pick(alphabet.lower), pick(alphabet.upper), pick(alphabet.digit), pick(alphabet.symbol)];
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
