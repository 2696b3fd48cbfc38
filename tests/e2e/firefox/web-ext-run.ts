// Starts `web-ext run` (which starts Firefox and installs dist-firefox as a temporary add-on) in a
// process group of its own, so stopping it takes Firefox and all its child processes along.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FirefoxRun {
  /** web-ext's and Firefox's output so far, for failure messages. */
  output(): string;
  /** Stops everything started here; resolves once no process of the group is left. */
  stop(): Promise<void>;
}

export interface FirefoxRunOptions {
  root: string;
  firefox: string;
  sourceDir: string;
  profileDir: string;
  startUrl: string;
  prefs: Record<string, string | number | boolean>;
}

export function runFirefox(options: FirefoxRunOptions): FirefoxRun {
  const args = [
    join(options.root, 'node_modules/web-ext/bin/web-ext.js'),
    'run',
    '--target=firefox-desktop',
    `--firefox=${options.firefox}`,
    `--source-dir=${options.sourceDir}`,
    `--firefox-profile=${options.profileDir}`,
    '--keep-profile-changes',
    '--no-reload',
    '--no-input',
    '--no-config-discovery',
    `--start-url=${options.startUrl}`,
    '--args=-headless',
    ...Object.entries(options.prefs).map(([name, value]) => `--pref=${name}=${value}`),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: options.root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No update check of web-ext itself: the test must not reach for the network.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', MOZ_HEADLESS: '1' },
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should this process end before stop() (a killed test run), Firefox must not outlive it.
  const killOnExit = () => child.pid !== undefined && signal(child.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });

  return {
    output: () => log,
    async stop() {
      const group = child.pid;
      process.off('exit', killOnExit);
      if (group === undefined) return;
      // web-ext ends Firefox itself on SIGINT; whatever of the group is still there after that is killed.
      signal(group, 'SIGINT');
      await Promise.race([exited, delay(3000)]);
      for (let i = 0; i < 50 && alive(group); i++) {
        signal(group, 'SIGKILL');
        await delay(100);
      }
      await Promise.race([exited, delay(1000)]);
      if (alive(group)) throw new Error(`Processes of the Firefox run (process group ${group}) outlived SIGKILL.`);
    },
  };
}

function signal(group: number, name: NodeJS.Signals): void {
  try {
    process.kill(-group, name);
  } catch {
    // The group is already gone.
  }
}

/** Whether a process of the group still runs; zombies (dead, waiting for their parent to reap them) do not count. */
function alive(group: number): boolean {
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      // After the command name in parentheses: state, parent, process group.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === group && state !== 'Z' && state !== 'X') return true;
    }
    return false;
  } catch {
    // No /proc: ask the kernel, which counts zombies too.
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
