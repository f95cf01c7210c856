import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { answerWithStatus, SECURITY_HEADERS } from './security-headers';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** Where a request path leads inside the screens folder, or why it leads nowhere. */
export type StaticTarget = { file: string } | { refused: 400 | 403 };

/**
 * The file a request path names inside `root`. A path that does not decode is a bad request;
 * one that resolves outside `root` (`..`, encoded slashes, a sibling folder whose name merely
 * starts like root's) is refused.
 */
export function staticTarget(root: string, requestUrl: string): StaticTarget {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://hub').pathname);
  } catch {
    return { refused: 400 };
  }
  if (pathname.includes('\0')) return { refused: 400 };
  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  const relative = path.relative(base, file);
  const inside = relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  return inside ? { file } : { refused: 403 };
}

/**
 * Serves the built screens. A path that is not a file is a screen's own route and gets the
 * app's page, unless it names a file (has an extension) that is not there: that is a 404,
 * not a page of HTML where a script was expected.
 */
export async function serveScreens(root: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    answerWithStatus(response, 405, { allow: 'GET, HEAD' });
    return;
  }
  const target = staticTarget(root, request.url ?? '/');
  if ('refused' in target) {
    answerWithStatus(response, target.refused);
    return;
  }
  const index = path.join(path.resolve(root), 'index.html');
  let file = target.file;
  let size = await fileSize(file);
  if (size === null) {
    if (path.extname(file) !== '') {
      answerWithStatus(response, 404);
      return;
    }
    file = index;
    size = await fileSize(file);
  }
  if (size === null) {
    answerWithStatus(response, 503, {}, 'ClinicDesk: the screens are not built yet. Run "npm run build".');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(size),
    'cache-control': file === index ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // A file that fails mid-read (removed by a rebuild) ends this answer, never the hub.
  pipeline(createReadStream(file), response, () => undefined);
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}
