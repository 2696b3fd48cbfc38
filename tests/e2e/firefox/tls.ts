// A throwaway certificate authority for one test run: made with openssl, trusted only by the test's
// own Firefox profile (imported with NSS's certutil), and deleted with the profile afterwards.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SiteCertificate {
  key: string;
  cert: string;
  caFile: string;
}

/** A CA and a certificate for `hostnames` signed by it, written into `dir`. */
export async function makeCertificates(dir: string, hostnames: readonly string[]): Promise<SiteCertificate> {
  const file = (name: string) => join(dir, name);
  // EC keys: generated in milliseconds, where RSA would cost a noticeable part of the time budget.
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2',
    '-subj', '/CN=Recruiter Ally test CA (throwaway)',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', ['req', ...ec, '-keyout', file('site.key'), '-out', file('site.csr'), '-subj', `/CN=${hostnames[0]}`]);
  await writeFile(
    file('site.ext'),
    [
      `subjectAltName=${hostnames.map((h) => `DNS:${h}`).join(',')}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
    ].join('\n'),
  );
  await run('openssl', [
    'x509', '-req', '-in', file('site.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-out', file('site.pem'), '-days', '2', '-extfile', file('site.ext'),
  ]);
  return { key: await readFile(file('site.key'), 'utf8'), cert: await readFile(file('site.pem'), 'utf8'), caFile: file('ca.pem') };
}

/** Creates the NSS certificate database of a new Firefox profile with the test CA as a trusted web CA. */
export async function trustInProfile(profileDir: string, caFile: string): Promise<void> {
  await run('certutil', ['-N', '-d', `sql:${profileDir}`, '--empty-password']);
  await run('certutil', ['-A', '-d', `sql:${profileDir}`, '-n', 'Recruiter Ally test CA', '-t', 'C,,', '-i', caFile]);
}
