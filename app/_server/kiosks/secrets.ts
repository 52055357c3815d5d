// Secrets of kiosk identity. Server code, but without `import "server-only"`: the kiosk CLI
// (prisma/kiosk-cli.ts) and the Playwright suite import it in plain Node, where that import throws.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { ENROLLMENT_CODE_ALPHABET, ENROLLMENT_CODE_LENGTH } from "../../_shared/sync/kiosk";

/** SHA-256 hex: what the store keeps instead of a code or token (a leaked table enrolls nothing). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

function randomFromAlphabet(length: number): string {
  // randomInt is uniform (no modulo bias), unlike mapping random bytes onto 31 symbols.
  return Array.from({ length }, () => ENROLLMENT_CODE_ALPHABET[randomInt(ENROLLMENT_CODE_ALPHABET.length)]).join("");
}

/** A one-time enrollment code in canonical form (8 characters, no hyphen). */
export function generateEnrollmentCode(): string {
  return randomFromAlphabet(ENROLLMENT_CODE_LENGTH);
}

/** The device token: 32 random bytes, base64url (43 characters). */
export function generateDeviceToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A kiosk id short enough to type into `npm run kiosk:revoke -- --id K7F3K9Q2`. */
export function generateKioskId(): string {
  return `K${randomFromAlphabet(7)}`;
}
