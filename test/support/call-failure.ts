import { expect } from 'vitest';
import { CallError, CellError } from '../../src/cells/cell-error';

/** The message of the CallError `f` throws; fails the test when `f` returns or throws anything else. */
export function callFailure(f: () => unknown): string {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error('expected the call to fail, it returned');
  expect(thrown).toBeInstanceOf(CallError);
  const error = thrown as CallError;
  expect(error.error).toBeInstanceOf(CellError);
  expect(error.message).toBe(error.error.message);
  return error.error.message;
}
