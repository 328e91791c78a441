// Debian packages the test suite drives as real clients: Chromium (browser tests),
// python3-feedparser (feed tests), Hugo (the benchmark's peer) and nginx (the shipped
// configuration). Installed with apt-get when missing and allowed (root).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { step } from '../log.ts';

/** Debian's nginx. */
export const NGINX = '/usr/sbin/nginx';

const PACKAGES: Array<{ name: string; present: () => boolean }> = [
  { name: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  {
    name: 'python3-feedparser',
    present: () =>
      spawnSync('/usr/bin/python3', ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
  },
  // The benchmark's peer (its smoke test runs in the suite).
  { name: 'hugo', present: () => spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0 },
  // `npm run nginx-config`'s configuration, served side by side with our own server.
  { name: 'nginx', present: () => existsSync(NGINX) },
];

/**
 * Installs what is missing of the named packages (all by default); returns a message saying what
 * to do when it cannot. `who` names the command in its progress line.
 */
export function ensureSystemPackages(names?: string[], who = 'test'): string | null {
  const missing = PACKAGES.filter((pkg) => (!names || names.includes(pkg.name)) && !pkg.present()).map(
    (pkg) => pkg.name,
  );
  if (missing.length === 0) return null;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall)
    return (
      `missing Debian packages: ${missing.join(', ')}. ` +
      `Install them with: sudo apt-get install -y ${missing.join(' ')}`
    );
  step(who, `installing Debian packages: ${missing.join(', ')} (one minute or two) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
  if (update.status !== 0 || install.status !== 0)
    return `apt-get could not install ${missing.join(', ')}; install them by hand and run again.`;
  return null;
}
