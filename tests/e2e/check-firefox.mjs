// Makes sure the Firefox test has its browser (firefox-esr, 140 or newer) and NSS's certutil (to trust
// the test's own certificate) before it starts. On Debian as root it installs the distribution's
// packages; anywhere else it says in one sentence what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT = '/usr/bin/firefox-esr';
const wanted = process.env.RECRUITER_ALLY_FIREFOX || DEFAULT;
const PACKAGES = ['firefox-esr', 'libnss3-tools'];

const hasCertutil = () => {
  try {
    execFileSync('certutil', ['-H'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // certutil -H exits non-zero after printing its help: only a missing program counts.
    return error.code !== 'ENOENT';
  }
};
const ready = () => existsSync(wanted) && hasCertutil();

if (ready()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

if (wanted === DEFAULT && isRoot && isDebian) {
  console.error(`The Firefox test needs ${PACKAGES.join(' and ')}: installing them with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env });
  } catch {
    // Reported below with the same sentence as on other systems.
  }
  if (ready()) process.exit(0);
}

console.error(
  `The Firefox test needs Firefox 140 or newer at ${wanted} and NSS's certutil: install them (on Debian or Ubuntu: ` +
    'sudo apt-get install firefox-esr libnss3-tools) or point RECRUITER_ALLY_FIREFOX at another Firefox, then run npm test again.',
);
process.exit(1);
