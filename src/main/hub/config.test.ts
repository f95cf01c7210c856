import { describe, expect, it } from 'vitest';
import { hubConfigFromEnv } from './config';

describe('hub settings from the environment', () => {
  it('serves plain HTTP unless CLINICDESK_TLS is on', () => {
    expect(hubConfigFromEnv({}).server?.tls).toBe(false);
    expect(hubConfigFromEnv({ CLINICDESK_TLS: 'off' }).server?.tls).toBe(false);
    expect(hubConfigFromEnv({ CLINICDESK_TLS: 'on' }).server?.tls).toBe(true);
  });

  it('refuses a CLINICDESK_TLS it does not understand rather than guess', () => {
    expect(() => hubConfigFromEnv({ CLINICDESK_TLS: 'yes' })).toThrow(/CLINICDESK_TLS must be "on" or "off"/);
  });
});
