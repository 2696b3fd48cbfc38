// Makes sure a Chromium for the end-to-end tests exists before they start. On Debian as root it
// installs the distribution's package; anywhere else it says in one sentence what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT = '/usr/bin/chromium';
const wanted = process.env.RECRUITER_ALLY_CHROMIUM || DEFAULT;

if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

if (wanted === DEFAULT && isRoot && isDebian) {
  console.error('Chromium is missing: installing Debian\'s "chromium" package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    // Reported below with the same sentence as on other systems.
  }
  if (existsSync(DEFAULT)) process.exit(0);
}

console.error(
  `The end-to-end tests need Chromium at ${wanted}: install it (on Debian or Ubuntu: sudo apt-get install chromium) ` +
    'or point RECRUITER_ALLY_CHROMIUM at another Chromium binary, then run npm test again.',
);
process.exit(1);
