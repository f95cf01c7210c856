import { createPrivateKey, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

/** The hub's own TLS certificate for LAN mode, with the fingerprint staff compare on a TV. */
export interface HubCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as browsers show it: `AB:CD:…`. */
  fingerprint: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Apple's devices refuse a TLS server certificate valid for more than 825 days, even a trusted one. */
const VALIDITY_DAYS = 820;
/** A TV whose clock runs a little behind must not see a certificate "not yet valid". */
const BACKDATE_DAYS = 2;
const RENEW_WITHIN_DAYS = 30;
const KEY_FILE = 'hub-key.pem';
const CERT_FILE = 'hub-cert.pem';

/**
 * The certificate in `dir`, made once and kept: every TV that accepted it keeps working after
 * a restart. It is made again only when it no longer serves: it does not cover one of the
 * hub's current names (the PC got a new address), it is near its end, or its key is not the
 * one beside it (a write interrupted half-way).
 */
export async function hubCertificate(options: { dir: string; names: readonly string[]; now: Date }): Promise<{ certificate: HubCertificate; made: boolean }> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  await chmod(options.dir, 0o700);
  const kept = await readKept(options.dir);
  if (kept && stillServes(kept, options.names, options.now)) return { certificate: kept, made: false };
  const made = await makeCertificate(options.names, options.now);
  // The key first: a crash between the two leaves a pair that does not match, made again next time.
  await writeOwnerOnly(path.join(options.dir, KEY_FILE), made.key);
  await writeOwnerOnly(path.join(options.dir, CERT_FILE), made.cert);
  return { certificate: made, made: true };
}

async function readKept(dir: string): Promise<HubCertificate | null> {
  try {
    const [key, cert] = await Promise.all([readFile(path.join(dir, KEY_FILE), 'utf8'), readFile(path.join(dir, CERT_FILE), 'utf8')]);
    return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
  } catch {
    return null;
  }
}

function stillServes(kept: HubCertificate, names: readonly string[], now: Date): boolean {
  try {
    const x509 = new X509Certificate(kept.cert);
    if (!x509.checkPrivateKey(createPrivateKey(kept.key))) return false;
    if (new Date(x509.validFrom) > now || new Date(x509.validTo).getTime() - now.getTime() < RENEW_WITHIN_DAYS * DAY_MS) return false;
    return names.every((name) => {
      const address = bareAddress(name);
      return address ? x509.checkIP(address) !== undefined : x509.checkHost(name) !== undefined;
    });
  } catch {
    return false;
  }
}

/** The address inside a name that is an IP address (`[::1]` → `::1`), or null for a host name. */
function bareAddress(name: string): string | null {
  const bare = name.replace(/^\[(.*)\]$/, '$1');
  return net.isIP(bare) ? bare : null;
}

async function makeCertificate(names: readonly string[], now: Date): Promise<HubCertificate> {
  const notBeforeDate = new Date(now.getTime() - BACKDATE_DAYS * DAY_MS);
  const pems = await generate([{ name: 'commonName', value: 'ClinicDesk hub' }, { name: 'organizationName', value: 'ClinicDesk' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + VALIDITY_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: names.map((name) => {
          const address = bareAddress(name);
          return address ? { type: 7 as const, ip: address } : { type: 2 as const, value: name };
        }),
      },
    ],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}

async function writeOwnerOnly(file: string, text: string): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, text, { mode: 0o600 });
  await chmod(partial, 0o600);
  await rename(partial, file);
}
