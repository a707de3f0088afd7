// The rule for the system programs the end-to-end tests need (scripts/system-deps.mjs), on machines
// described by a fake probe: nothing here runs apt-get, sudo or looks at this machine.
import { describe, expect, it } from 'vitest';
import { CJK_FONT, ensureSystemDeps, findChromium, findSoffice, planSystemDeps } from '../../scripts/system-deps.mjs';
import { needsSystemPrograms } from './system-deps';

interface Machine {
  files?: string[];
  env?: Record<string, string>;
  platform?: string;
  root?: boolean;
  sudo?: boolean;
  os?: string;
}

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const APT = ['/usr/bin/apt-get', '/usr/bin/sudo'];
const BOTH = ['/usr/bin/chromium', '/usr/bin/soffice', CJK_FONT];

/** A fake machine; `sudoAsked` counts how often passwordless sudo was tried. */
function machine({ files = [], env = {}, platform = 'linux', root = false, sudo = false, os = DEBIAN }: Machine) {
  const present = new Set(files);
  const probe = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform,
    isProgram: (path: string) => present.has(path),
    hasFile: (path: string) => present.has(path),
    isRoot: root,
    canSudo: () => {
      probe.sudoAsked += 1;
      return sudo;
    },
    osRelease: os,
    sudoAsked: 0,
  };
  return { probe, present };
}

describe('findChromium / findSoffice', () => {
  it('LibreOffice on the PATH is found wherever it lives, as soffice or libreoffice', () => {
    expect(findSoffice(machine({ files: ['/opt/lo/program/soffice'], env: { PATH: '/usr/bin:/opt/lo/program' } }).probe))
      .toBe('/opt/lo/program/soffice');
    expect(findSoffice(machine({ files: ['/usr/local/bin/libreoffice'] }).probe)).toBe('/usr/local/bin/libreoffice');
  });

  it('SOFFICE_PATH and CHROMIUM_PATH win over the PATH', () => {
    const { probe } = machine({ files: ['/usr/bin/soffice', '/x/soffice', '/usr/bin/chromium', '/y/chrome'],
      env: { SOFFICE_PATH: '/x/soffice', CHROMIUM_PATH: '/y/chrome' } });
    expect(findSoffice(probe)).toBe('/x/soffice');
    expect(findChromium(probe)).toBe('/y/chrome');
  });

  it('the usual places off the PATH: Ubuntu\'s snap, a macOS app bundle, Windows\' Program Files', () => {
    expect(findChromium(machine({ files: ['/snap/bin/chromium'], env: { PATH: '/usr/bin' } }).probe)).toBe('/snap/bin/chromium');
    expect(findSoffice(machine({ files: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'], platform: 'darwin' }).probe))
      .toBe('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    expect(findChromium(machine({ files: ['C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'], platform: 'win32',
      env: { PATH: 'C:\\Windows' } }).probe)).toBe('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('Windows PATH entries are split on ";" and programs found with .exe', () => {
    const { probe } = machine({ files: ['C:\\LO\\program\\soffice.exe'], platform: 'win32', env: { PATH: 'C:\\Windows;C:\\LO\\program' } });
    expect(findSoffice(probe)).toBe('C:\\LO\\program\\soffice.exe');
  });
});

describe('planSystemDeps', () => {
  it('all there: ready, and sudo is never tried', () => {
    const { probe } = machine({ files: [...BOTH, ...APT] });
    expect(planSystemDeps(probe)).toEqual({ action: 'ready', chromium: '/usr/bin/chromium', soffice: '/usr/bin/soffice',
      missing: [], commands: [], message: '' });
    expect(probe.sudoAsked).toBe(0);
  });

  it('fresh Debian as root: installs all three with apt-get, no sudo', () => {
    const plan = planSystemDeps(machine({ files: APT, root: true }).probe);
    expect(plan.action).toBe('install');
    expect(plan.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends',
        'chromium', 'libreoffice-calc', 'fonts-wqy-zenhei'],
    ]);
  });

  it('passwordless sudo: installs only what is missing, through sudo', () => {
    const { probe } = machine({ files: ['/usr/bin/chromium', CJK_FONT, ...APT], sudo: true });
    const plan = planSystemDeps(probe);
    expect(plan.action).toBe('install');
    expect(plan.commands).toEqual([
      ['sudo', 'apt-get', 'update', '-qq'],
      ['sudo', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc'],
    ]);
    expect(probe.sudoAsked).toBe(1);
  });

  it('no root and no passwordless sudo: stops with the exact command to run', () => {
    const plan = planSystemDeps(machine({ files: APT }).probe);
    expect(plan.action).toBe('stop');
    expect(plan.commands).toEqual([]);
    expect(plan.message).toContain('need Chromium and LibreOffice');
    expect(plan.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc fonts-wqy-zenhei');
  });

  it('no sudo program at all: stops the same way without trying it', () => {
    const { probe } = machine({ files: ['/usr/bin/apt-get', '/usr/bin/chromium', CJK_FONT], sudo: true });
    const plan = planSystemDeps(probe);
    expect(plan.action).toBe('stop');
    expect(plan.message).toContain('sudo apt-get install -y --no-install-recommends libreoffice-calc\n');
    expect(probe.sudoAsked).toBe(0);
  });

  it('Ubuntu: Chromium comes as chromium-browser (its deb installs the snap)', () => {
    const plan = planSystemDeps(machine({ files: APT, root: true, os: UBUNTU }).probe);
    expect(plan.commands[1].slice(-3)).toEqual(['chromium-browser', 'libreoffice-calc', 'fonts-wqy-zenhei']);
  });

  it('only the font missing: installed where we can, otherwise a note and the tests run', () => {
    const asRoot = planSystemDeps(machine({ files: ['/usr/bin/chromium', '/usr/bin/soffice', ...APT], root: true }).probe);
    expect(asRoot.action).toBe('install');
    expect(asRoot.commands[1].slice(-1)).toEqual(['fonts-wqy-zenhei']);
    const asUser = planSystemDeps(machine({ files: ['/usr/bin/chromium', '/usr/bin/soffice', ...APT] }).probe);
    expect(asUser.action).toBe('ready');
    expect(asUser.message).toContain('sudo apt-get install -y --no-install-recommends fonts-wqy-zenhei');
  });

  it('a CHROMIUM_PATH or SOFFICE_PATH that points nowhere stops, even as root: installing would not fix it', () => {
    const plan = planSystemDeps(machine({ files: [...BOTH, ...APT], root: true, env: { SOFFICE_PATH: '/nowhere/soffice' } }).probe);
    expect(plan.action).toBe('stop');
    expect(plan.message).toBe('SOFFICE_PATH=/nowhere/soffice does not exist: point it at the program, or unset it.');
  });

  it('no apt-get (macOS, Windows, another Linux): stops saying what to install or set', () => {
    const plan = planSystemDeps(machine({ files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], platform: 'darwin', root: true }).probe);
    expect(plan.action).toBe('stop');
    expect(plan.message).toBe('The end-to-end tests need LibreOffice (or set SOFFICE_PATH to its soffice program): install it, then run the tests again.');
    // No CJK font check where apt cannot bring it.
    expect(planSystemDeps(machine({ files: ['/usr/bin/chromium', '/usr/bin/soffice'] }).probe).action).toBe('ready');
  });
});

describe('ensureSystemDeps', () => {
  it('runs the plan, then finds what it installed', () => {
    const { probe, present } = machine({ files: APT, root: true });
    const ran: string[][] = [];
    const run = (argv: string[]) => {
      ran.push(argv);
      if (argv.includes('install')) ['/usr/bin/chromium', '/usr/bin/soffice', CJK_FONT].forEach((f) => present.add(f));
    };
    expect(ensureSystemDeps({ probe, run, log: () => {} })).toEqual({ chromium: '/usr/bin/chromium', soffice: '/usr/bin/soffice' });
    expect(ran.map((argv) => argv[0])).toEqual(['apt-get', 'env']);
  });

  it('throws the stop message without running anything', () => {
    const ran: string[][] = [];
    expect(() => ensureSystemDeps({ probe: machine({ files: APT }).probe, run: (argv: string[]) => ran.push(argv), log: () => {} }))
      .toThrow('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc fonts-wqy-zenhei');
    expect(ran).toEqual([]);
  });

  it('a failed install stops when Chromium or LibreOffice is still missing, and is only a note when just the font was', () => {
    const fail = () => {
      throw new Error("'apt-get update -qq' failed (exit 100)");
    };
    expect(() => ensureSystemDeps({ probe: machine({ files: APT, root: true }).probe, run: fail, log: () => {} }))
      .toThrow("'apt-get update -qq' failed (exit 100)");
    const logged: string[] = [];
    const { probe } = machine({ files: ['/usr/bin/chromium', '/usr/bin/soffice', ...APT], root: true });
    expect(ensureSystemDeps({ probe, run: fail, log: (line: string) => { logged.push(line); } }))
      .toEqual({ chromium: '/usr/bin/chromium', soffice: '/usr/bin/soffice' });
    expect(logged.at(-1)).toBe("Note: 'apt-get update -qq' failed (exit 100)");
  });

  it('installed, yet still not found: says so', () => {
    const { probe } = machine({ files: APT, root: true });
    expect(() => ensureSystemDeps({ probe, run: () => {}, log: () => {} })).toThrow('yet no Chromium is found');
  });
});

describe('needsSystemPrograms', () => {
  it('only a run that includes test/e2e needs Chromium and LibreOffice', () => {
    expect(needsSystemPrograms('/repo', ['/repo/test/models/rfm.test.ts', '/repo/test/e2e/preview.test.ts'])).toBe(true);
    expect(needsSystemPrograms('/repo', ['/repo/test/models/rfm.test.ts', '/repo/test/setup/system-deps.test.ts'])).toBe(false);
  });
});
