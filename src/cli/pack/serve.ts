/**
 * `fairkit serve [folder]`: a small web server for a fair folder or a packed
 * kiosk, so an organizer can look at it in a browser (a kiosk page is made of
 * modules, which browsers load only over http; its service worker needs
 * http://localhost or https). It serves the folder's files and nothing
 * outside it, with `no-cache` so an edited feed shows on reload, until Ctrl+C.
 * `--lan` opens it to the local network (a kiosk or phone on the same Wi-Fi).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { newCommand } from '../command-kit.js';
import { CliError } from '../errors.js';
import { shown } from '../files.js';
import { formatList, pick } from '../lang.js';
import { messages } from './messages.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file a request path names inside `root`, or undefined for one outside it or hidden (`.name`). */
export function fileFor(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(`http://localhost${url.startsWith('/') ? '' : '/'}${url}`).pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/**
 * Answers a GET or HEAD with the file the path (`url`, default the request's)
 * names in `root`: 404 outside it, 405 for other methods.
 */
export async function answer(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  url = req.url ?? '/',
): Promise<void> {
  const file = fileFor(root, url);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
  } else if (info?.isDirectory()) {
    // A folder without its final slash: send the browser to it, so relative addresses work.
    res.writeHead(301, { location: `${(req.url ?? '/').split('?')[0]}/` }).end();
  } else if (!file || !info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  } else {
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }
}

/** This computer's addresses on the local network (IPv4), for `--lan`. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
}

/** `--port`'s value: 0 to 65535 (0: any free port). */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new CliError(pick(messages).badPort(value));
  return port;
}

/** Starts `server` on `port` at `host`; resolves to the port it listens on (the one given, or the free one for 0). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new CliError(pick(messages).portInUse(port)) : error),
    );
    server.listen(port, host, done);
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** Resolves when Ctrl+C (or SIGTERM) has stopped `server`. */
export function untilStopped(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    const stop = () => {
      server.close(() => done());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function serve(folder: string, options: { port: number; lan?: boolean }): Promise<void> {
  const m = pick(messages);
  const root = resolve(folder);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new CliError(m.noFolder(shown(root)));
  const server = createServer((req, res) => {
    answer(root, req, res).catch(() => res.writeHead(500).end());
  });
  const port = await listen(server, options.port, options.lan ? '0.0.0.0' : '127.0.0.1');
  const lines = [m.serving(shown(root), `http://localhost:${port}/`)];
  if (options.lan) lines.push(m.servingLan(formatList(lanAddresses().map((ip) => `http://${ip}:${port}/`))));
  lines.push(m.stop);
  process.stdout.write(`${lines.join('\n')}\n`);
  await untilStopped(server);
}

export function serveCommand(): Command {
  const m = pick(messages);
  return newCommand('serve')
    .description(m.serveDescription)
    .argument('[folder]', m.serveFolder)
    .option('-p, --port <port>', m.port, parsePort, 8080)
    .option('--lan', m.lan)
    .action(async (folder: string | undefined, options: { port: number; lan?: boolean }) =>
      serve(folder ?? '.', options),
    );
}
