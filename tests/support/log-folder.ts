import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a log folder holds on disk: its files (oldest first), their total size and their lines, parsed. */
export interface LogFolder {
  files: string[];
  bytes: number;
  text: string;
  lines: Array<Record<string, unknown>>;
}

/** Reads every `hub*.log` file in the folder; rotated files are numbered, and the numbers only grow. */
export async function readLogFolder(dir: string): Promise<LogFolder> {
  const names = (await readdir(dir)).filter((name) => /^hub(\.\d+)?\.log$/.test(name)).sort((a, b) => fileNumber(a) - fileNumber(b));
  let bytes = 0;
  let text = '';
  for (const name of names) {
    bytes += (await stat(path.join(dir, name))).size;
    text += await readFile(path.join(dir, name), 'utf8');
  }
  const lines = text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { files: names, bytes, text, lines };
}

function fileNumber(name: string): number {
  return Number(/\.(\d+)\.log$/.exec(name)?.[1] ?? 0);
}
