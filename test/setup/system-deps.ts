// Vitest globalSetup: before a run that includes the end-to-end tests, make sure Chromium and
// LibreOffice are on this machine (installing them where it can), so a fresh Debian or Ubuntu passes
// `npm test` after `npm install`, or stops at once with the command to run instead of failing test by
// test. The rule itself is scripts/system-deps.mjs, which .ci/run calls too.
import { relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureSystemDeps } from '../../scripts/system-deps.mjs';

/** Only test/e2e drives the real programs; a run of the unit tests alone needs neither. */
export function needsSystemPrograms(root: string, testFiles: string[]): boolean {
  return testFiles.some((file) => relative(root, file).split(sep).slice(0, 2).join('/') === 'test/e2e');
}

export default async function setup(project: TestProject): Promise<void> {
  const { testFiles } = await project.globTestFiles(project.config.filters);
  if (!needsSystemPrograms(project.config.root, testFiles)) return;
  try {
    ensureSystemDeps();
  } catch (error) {
    // Thrown from here, vitest buries the message under "No test files found" and a stack trace; the
    // message is the whole answer (what to run), so it is printed alone and the run ends.
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}
