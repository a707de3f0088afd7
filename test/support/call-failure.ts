import { CallError } from '../../src/cells/cell-error';

/** The message of the CallError `f` throws; fails the test when it throws nothing or something else. */
export function callFailure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CallError) return e.message;
    throw e;
  }
  throw new Error('did not fail');
}
