import { execFileSync } from 'node:child_process';

/**
 * Fails with a clear message when a command-line tool a test needs is missing, rather than
 * letting the test skip or fail obscurely. CI installs them (.ci/run); so does README's list.
 */
export function requireTool(command: string, debianPackage: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`This test needs \`${command}\`: install the Debian package ${debianPackage} (apt-get install ${debianPackage}), as .ci/run does.`);
  }
}
