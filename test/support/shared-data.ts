// Where the public reference data lives: beside the project, as SPEC cites it (../shared/data/), never
// copied into the repository. A clone elsewhere (CI's clean clone) finds it at the workplace's
// /work/shared, or where CRM_SHARED_DATA says.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [
  process.env.CRM_SHARED_DATA,
  join(__dirname, '..', '..', '..', 'shared', 'data'),
  '/work/shared/data',
].filter((dir): dir is string => Boolean(dir));

/**
 * The shared data folder: the first candidate holding the CDNOW sample. A test that needs it fails with
 * where it looked, rather than being skipped.
 * @example sharedData('cdnow', 'CDNOW_sample.txt') // '/work/shared/data/cdnow/CDNOW_sample.txt'
 */
export function sharedData(...parts: string[]): string {
  const dir = CANDIDATES.find((d) => existsSync(join(d, 'cdnow', 'CDNOW_sample.txt')));
  if (!dir) throw new Error(`the shared data (cdnow/CDNOW_sample.txt) is not in ${CANDIDATES.join(', ')}: set CRM_SHARED_DATA`);
  return join(dir, ...parts);
}
