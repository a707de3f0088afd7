// The CLI's process entry: exit with main's code (awaited when the embedded engine grades), and a clear
// line for anything unexpected.
import { EXIT, main } from './crm-grader';

const unexpected = (e: unknown) => {
  process.stderr.write(`crm-grader: unexpected error: ${(e as Error).stack ?? e}\n`);
  process.exitCode = EXIT.unexpected;
};

try {
  Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; }, unexpected);
} catch (e) {
  unexpected(e);
}
