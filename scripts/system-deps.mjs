// The programs the end-to-end tests drive that npm cannot install: a Chromium-family browser (the pane
// through Playwright) and LibreOffice (recalculating the shareable workbook). `npm test` (the vitest
// globalSetup in test/setup/system-deps.ts) and .ci/run both go through here, so the rule lives once:
// find them, install what is missing where this machine lets us (Debian/Ubuntu as root or with
// passwordless sudo), otherwise stop at once with the exact command to run.
//
// Run directly (`node scripts/system-deps.mjs`) it does the same and exits non-zero when it has to stop.
// It uses Node's built-ins only: .ci/run calls it before `npm ci`.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { posix, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a CJK font lands on Debian/Ubuntu, so screenshots of the Chinese pane show text, not boxes. */
export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge',
  'microsoft-edge-stable', 'msedge', 'chrome'];
// Installed places that are often not on the PATH (Ubuntu's snap, macOS app bundles, Windows' Program Files).
const CHROMIUM_PLACES = [
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const SOFFICE_NAMES = ['soffice', 'libreoffice'];
const SOFFICE_PLACES = [
  '/usr/lib/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

/**
 * What the decision looks at. Tests pass a fake; {@link machineProbe} reads the real machine.
 * @typedef {object} Probe
 * @property {Record<string, string | undefined>} env   the environment (PATH, CHROMIUM_PATH, SOFFICE_PATH)
 * @property {string} platform                          process.platform ('linux', 'darwin', 'win32')
 * @property {(path: string) => boolean} isProgram       whether an executable file is there
 * @property {(path: string) => boolean} hasFile         whether a file is there
 * @property {boolean} isRoot                           running as uid 0
 * @property {() => boolean} canSudo                    passwordless sudo works (asked only when needed)
 * @property {string} osRelease                         /etc/os-release's text, '' when absent
 */

function pathLookup(names, probe) {
  const windows = probe.platform === 'win32';
  const path = windows ? win32 : posix;
  const dirs = (probe.env.PATH ?? probe.env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  const suffixes = windows ? ['.exe', ''] : [''];
  for (const name of names) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const candidate = path.join(dir, name + suffix);
        if (probe.isProgram(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Finds a program: `override` (an environment variable's value) when set, else the first of `names` on
 * the PATH, else the first of `places` that exists. An override that points nowhere is reported, not
 * skipped, since the user chose it.
 * @param {string} variable
 * @param {string[]} names
 * @param {string[]} places
 * @param {Probe} probe
 * @returns {{ path?: string, badOverride?: string }}
 * @example findProgram('CHROMIUM_PATH', ['chromium'], [], probe) // { path: '/usr/bin/chromium' }
 */
export function findProgram(variable, names, places, probe) {
  const override = probe.env[variable];
  if (override) return probe.isProgram(override) ? { path: override } : { badOverride: override };
  const path = pathLookup(names, probe) ?? places.find((p) => probe.isProgram(p));
  return path ? { path } : {};
}

/**
 * The browser the tests launch: CHROMIUM_PATH, else Chromium, Chrome or Edge on the PATH or in its
 * usual place.
 * @param {Probe} [probe]
 * @returns {string | undefined}
 * @example findChromium(machineProbe()) // '/usr/bin/chromium' on Debian with the chromium package
 */
export function findChromium(probe = machineProbe()) {
  return findProgram('CHROMIUM_PATH', CHROMIUM_NAMES, CHROMIUM_PLACES, probe).path;
}

/**
 * LibreOffice's command-line program: SOFFICE_PATH, else `soffice` or `libreoffice` on the PATH, else
 * its usual place.
 * @param {Probe} [probe]
 * @returns {string | undefined}
 * @example findSoffice(machineProbe()) // '/usr/bin/soffice' on Debian with libreoffice-calc
 */
export function findSoffice(probe = machineProbe()) {
  return findProgram('SOFFICE_PATH', SOFFICE_NAMES, SOFFICE_PLACES, probe).path;
}

function osField(osRelease, key) {
  const match = new RegExp(`^${key}=(.*)$`, 'm').exec(osRelease);
  return match ? match[1].replace(/^["']|["']$/g, '').toLowerCase() : '';
}

/**
 * The Debian or Ubuntu packages for what is missing; Ubuntu has no `chromium` deb, only
 * `chromium-browser`, which installs the snap.
 * @example aptPackages(['chromium', 'soffice'], 'ID=debian') // ['chromium', 'libreoffice-calc']
 */
export function aptPackages(missing, osRelease) {
  const ubuntu = osField(osRelease, 'ID') === 'ubuntu';
  const names = { chromium: ubuntu ? 'chromium-browser' : 'chromium', soffice: 'libreoffice-calc', font: 'fonts-wqy-zenhei' };
  return missing.map((what) => names[what]);
}

/**
 * The line a person runs for `missing`.
 * @example installHint(['chromium', 'soffice', 'font'], 'ID=debian') // 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc fonts-wqy-zenhei'
 */
export function installHint(missing, osRelease) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${aptPackages(missing, osRelease).join(' ')}`;
}

// What the tests run themselves: quiet, and never waiting on a debconf question with no one to answer.
function aptCommands(missing, osRelease, sudo) {
  return [
    [...sudo, 'apt-get', 'update', '-qq'],
    [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends',
      ...aptPackages(missing, osRelease)],
  ];
}

/**
 * What to do about the system programs: `ready` (all there), `install` (run `commands`, then look
 * again) or `stop` (throw `message`, which holds the exact command to run). Chromium and LibreOffice
 * are required; on Debian/Ubuntu the CJK font is installed along when we can, and only noted when we
 * cannot.
 * @param {Probe} probe
 * @returns {{ action: 'ready' | 'install' | 'stop', chromium?: string, soffice?: string,
 *   missing: string[], commands: string[][], message: string }}
 * @example planSystemDeps({ ...debianWithoutLibreOffice, isRoot: true })
 * // { action: 'install', chromium: '/usr/bin/chromium', missing: ['soffice'], commands: [['apt-get', 'update', '-qq'],
 * //   ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc']], message: '' }
 */
export function planSystemDeps(probe) {
  const chromium = findProgram('CHROMIUM_PATH', CHROMIUM_NAMES, CHROMIUM_PLACES, probe);
  const soffice = findProgram('SOFFICE_PATH', SOFFICE_NAMES, SOFFICE_PLACES, probe);
  const plan = (action, missing, commands, message) => ({ action, chromium: chromium.path, soffice: soffice.path,
    missing, commands, message });
  // A variable that points nowhere is the user's own choice gone wrong: installing would not fix it.
  const bad = [['CHROMIUM_PATH', chromium.badOverride], ['SOFFICE_PATH', soffice.badOverride]].filter(([, v]) => v);
  if (bad.length > 0) {
    return plan('stop', [], [], `${bad.map(([name, value]) => `${name}=${value} does not exist`).join('; ')}: point it at the program, or unset it.`);
  }
  const required = [!chromium.path && 'chromium', !soffice.path && 'soffice'].filter(Boolean);
  const hasApt = probe.platform === 'linux' && pathLookup(['apt-get'], probe) !== undefined;
  if (!hasApt) {
    if (required.length === 0) return plan('ready', [], [], '');
    const need = [!chromium.path && 'Chromium, Chrome or Edge (or set CHROMIUM_PATH)',
      !soffice.path && 'LibreOffice (or set SOFFICE_PATH to its soffice program)'].filter(Boolean).join(' and ');
    return plan('stop', required, [], `The end-to-end tests need ${need}: install it, then run the tests again.`);
  }
  const missing = probe.hasFile(CJK_FONT) ? required : [...required, 'font'];
  if (missing.length === 0) return plan('ready', [], [], '');
  const sudo = probe.isRoot ? [] : pathLookup(['sudo'], probe) && probe.canSudo() ? ['sudo'] : undefined;
  if (sudo) return plan('install', missing, aptCommands(missing, probe.osRelease, sudo), '');
  if (required.length === 0) {
    return plan('ready', missing, [], `Note: no CJK font, so screenshots of the Chinese pane show boxes: ${installHint(missing, probe.osRelease)}`);
  }
  const names = required.map((what) => (what === 'chromium' ? 'Chromium' : 'LibreOffice')).join(' and ');
  return plan('stop', missing, [], `The end-to-end tests need ${names}, and installing needs root. Run:\n\n`
    + `  ${installHint(missing, probe.osRelease)}\n\nthen run the tests again (or set CHROMIUM_PATH / SOFFICE_PATH to programs you already have).`);
}

function isProgram(path) {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit; a file named like the program is the program.
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The real machine, as {@link planSystemDeps} sees it.
 * @returns {Probe}
 * @example planSystemDeps(machineProbe()).action // 'ready' where Chromium and LibreOffice are installed
 */
export function machineProbe() {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a Linux without it: then apt-get is not assumed either.
  }
  return {
    env: process.env,
    platform: process.platform,
    isProgram,
    hasFile,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    canSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    osRelease,
  };
}

/**
 * Makes sure Chromium and LibreOffice are there: installs what is missing where it can, throws with
 * the command to run where it cannot. Returns where they are.
 * @param {{ probe?: Probe, run?: (argv: string[]) => void, log?: (line: string) => void }} [options]
 * @returns {{ chromium?: string, soffice?: string }}
 * @example ensureSystemDeps() // { chromium: '/usr/bin/chromium', soffice: '/usr/bin/soffice' }
 */
export function ensureSystemDeps({ probe = machineProbe(), run = runCommand, log = console.log } = {}) {
  const plan = planSystemDeps(probe);
  if (plan.action === 'stop') throw new Error(plan.message);
  if (plan.action === 'install') {
    log(`Installing what the end-to-end tests need: ${plan.commands.map((argv) => argv.join(' ')).join(' && ')}`);
    try {
      for (const argv of plan.commands) run(argv);
    } catch (error) {
      // Only the font was missing: the tests run without it, so a failed install is a note, not a stop.
      if (plan.chromium && plan.soffice) {
        log(`Note: ${error.message}`);
        return { chromium: plan.chromium, soffice: plan.soffice };
      }
      throw error;
    }
    const after = planSystemDeps({ ...probe, isRoot: false, canSudo: () => false });
    if (!after.chromium || !after.soffice) {
      throw new Error(`Installed ${aptPackages(plan.missing, probe.osRelease).join(', ')}, yet ${!after.chromium ? 'no Chromium' : 'no LibreOffice'} `
        + 'is found: set CHROMIUM_PATH / SOFFICE_PATH to the installed program.');
    }
    return { chromium: after.chromium, soffice: after.soffice };
  }
  if (plan.message) log(plan.message);
  return { chromium: plan.chromium, soffice: plan.soffice };
}

function runCommand(argv) {
  const result = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`'${argv.join(' ')}' failed (${result.error?.message ?? `exit ${result.status}`}): run it yourself and look at its output.`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { chromium, soffice } = ensureSystemDeps();
    console.log(`Chromium: ${chromium}\nLibreOffice: ${soffice}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
