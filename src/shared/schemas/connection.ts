/**
 * How the screen asking reached the hub: over TLS, with the fingerprint of the hub's own
 * certificate (staff compare it with what a TV's browser shows when they pair it), or not.
 */
export interface ConnectionSecurity {
  tls: boolean;
  fingerprint: string | null;
}
