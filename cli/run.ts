// The CLI's process entry: exit with main's code, and a clear line for anything unexpected.
import { EXIT, main } from './crm-grader';

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`crm-grader: unexpected error: ${(e as Error).stack ?? e}\n`);
  process.exitCode = EXIT.unexpected;
}
