import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/server/auth/tokens";

export const TOKEN_PREFIX = "rc_";
/** 32 random bytes in base64url: 43 characters. */
const SECRET = /^rc_[A-Za-z0-9_-]{43}$/;
/** How much of the secret lists and logs show: enough to tell tokens apart, far too little to guess the rest. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 6;

export interface NewTokenSecret {
  /** Shown to the admin once; never stored. */
  secret: string;
  secretHash: string;
  prefix: string;
}

/** A new token secret: "rc_" and 256 random bits, recognisable by secret scanners and in logs. */
export function newTokenSecret(): NewTokenSecret {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, secretHash: hashToken(secret), prefix: secret.slice(0, SHOWN_CHARACTERS) };
}

export function isTokenSecret(value: string): boolean {
  return SECRET.test(value);
}
