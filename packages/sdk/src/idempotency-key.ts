// One key per logical write: made at the first send, kept for every retry of that write.
// crypto.randomUUID needs a secure context; getRandomValues works on plain-http intranet pages
// too, so the fallback builds the same RFC 4122 version 4 shape from it.
/** A new `Idempotency-Key` (a random UUID). The elements use it as well, so there is one generator. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
