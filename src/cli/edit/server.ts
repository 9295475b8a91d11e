/**
 * The web server of `fairkit edit`, on 127.0.0.1 only. It answers:
 * - `GET /?token=…`: the editor page (without the key: a page saying which
 *   address to open);
 * - `GET /.fairkit/editor/…`: the editor's bundle, from the built `dist/editor/`;
 * - `GET /.fairkit/feed`: the feed, with its tag (`ETag`) for the next save;
 * - `POST /.fairkit/save` (the feed as JSON, `If-Match`) and
 *   `POST /.fairkit/upload` (a plan image, its name in `X-Fairkit-Name`):
 *   the page's key in `X-Fairkit-Token` required (a form or script on another
 *   site cannot send it, nor read the key), see store.ts for what is written;
 * - any other GET: the fair folder's files (its plans and images), as
 *   `fairkit serve` does, never outside it.
 * A request whose `Host` is not this server's (a DNS-rebinding page) is refused.
 */
import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { formatBytes, pick } from '../lang.js';
import { answer } from '../pack/serve.js';
import { messages } from './messages.js';
import { API, editorPage, noTokenPage } from './page.js';
import { etagOf, saveFeed, saveImage, type Answer } from './store.js';

/** The most a save or an upload may send. */
export const MAX_BODY = 50 * 1024 * 1024;

export interface EditServerOptions {
  /** The feed file being edited (absolute). */
  feed: string;
  /** The built editor bundle's folder (dist/editor/). */
  editorDir: string;
  /** The page's key. */
  token: string;
}

class TooLarge extends Error {}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const sameToken = (given: string | undefined, token: string): boolean =>
  !!given && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));

function send(res: ServerResponse, { status, ...body }: Answer): void {
  const json = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...(body.etag ? { etag: body.etag } : {}),
    })
    .end(json);
}

function html(res: ServerResponse, status: number, page: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
}

async function post(req: IncomingMessage, res: ServerResponse, path: string, options: EditServerOptions) {
  const m = pick(messages);
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (!sameToken(header('x-fairkit-token'), options.token)) return send(res, { status: 403, message: m.badToken });
  if (path !== 'save' && path !== 'upload') return send(res, { status: 404, message: 'Not found' });
  let body: Buffer;
  try {
    body = await bodyOf(req);
  } catch (error) {
    if (error instanceof TooLarge) return send(res, { status: 413, message: m.tooLarge(formatBytes(MAX_BODY)) });
    throw error;
  }
  if (path === 'save') return send(res, await saveFeed(options.feed, body.toString('utf8'), header('if-match')));
  let name: string;
  try {
    name = decodeURIComponent(header('x-fairkit-name') ?? '');
  } catch {
    name = header('x-fairkit-name') ?? '';
  }
  return send(res, await saveImage(dirname(options.feed), name, body));
}

async function handle(req: IncomingMessage, res: ServerResponse, options: EditServerOptions, host: () => string[]) {
  if (!host().includes(req.headers.host ?? '')) return void res.writeHead(421).end();
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname.startsWith(`${API}/`))
    return post(req, res, url.pathname.slice(API.length + 1), options);
  if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD'))
    return url.searchParams.get('token') === options.token
      ? html(res, 200, editorPage(basename(options.feed)))
      : html(res, 403, noTokenPage());
  if (url.pathname === `${API}/feed` && req.method === 'GET') {
    const data = await readFile(options.feed);
    return void res
      .writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        etag: etagOf(data),
      })
      .end(data);
  }
  if (url.pathname.startsWith(`${API}/editor/`))
    return answer(options.editorDir, req, res, url.pathname.slice(`${API}/editor`.length));
  // The folder's own files. An SVG opened by itself runs no script at this address.
  res.setHeader('content-security-policy', 'sandbox');
  res.setHeader('x-content-type-options', 'nosniff');
  return answer(dirname(options.feed), req, res);
}

/** The server (not listening yet); `hosts()` are the `Host` values it answers to, known once it listens. */
export function editServer(options: EditServerOptions, hosts: () => string[]): Server {
  return createServer((req, res) => {
    handle(req, res, options, hosts).catch((error: unknown) => {
      process.stderr.write(`fairkit: ${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}
