import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from './limits.js';
import { isPlainObject, isRequestId, LineReader, oversizeError, resultLine, type RequestId } from './lines.js';

/*
 * The start-up front of `mcp-operator mcp`. Loading the MCP SDK and zod takes about as long as
 * starting Node itself, and a client waits for `initialize` and `tools/list` before it can use
 * anything. Both answers depend only on this build (the version, the tools and their schemas), so
 * the build records them (dist/mcp-start.json, written by src/mcp/start-cache.ts through the real
 * server) and the front answers them from that record while the server loads. Everything else waits
 * for the server; the `initialize` request is replayed to it, so it knows its client, and its own
 * answer to it is dropped. Nothing here imports the SDK.
 */

export const START_CACHE = 'dist/mcp-start.json';

export interface StartCache {
  /** The package version the record was built for: used only by that version. */
  version: string;
  protocolVersions: string[];
  latestProtocolVersion: string;
  /** The initialize result without protocolVersion (capabilities, serverInfo, instructions). */
  initialize: Record<string, unknown>;
  /** The tools/list result. */
  toolsList: Record<string, unknown>;
}

/** The start record in `root`, when it exists, is whole and was built for `version`. */
export function readStartCache(root: string, version: string): StartCache | undefined {
  try {
    const cache = JSON.parse(readFileSync(join(root, START_CACHE), 'utf8')) as StartCache;
    if (cache.version !== version || !Array.isArray(cache.protocolVersions) || !isPlainObject(cache.initialize) || !isPlainObject(cache.toolsList)) return undefined;
    return cache;
  } catch {
    return undefined;
  }
}

const only = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((k) => keys.includes(k));
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const objectOfObjects = (value: unknown) => isPlainObject(value) && Object.values(value).every(isPlainObject);

/**
 * Whether initialize params are certainly valid, judged without the SDK: a strict subset of what
 * the specification's schema accepts (a test checks that the schema accepts all of it). Anything
 * unusual (request _meta, icons, task capabilities) is left to the server.
 */
export function initializeParamsFit(params: unknown): boolean {
  if (!isPlainObject(params) || !only(params, ['protocolVersion', 'capabilities', 'clientInfo'])) return false;
  const { protocolVersion, capabilities, clientInfo } = params;
  if (typeof protocolVersion !== 'string' || !isPlainObject(capabilities) || !isPlainObject(clientInfo)) return false;
  if (typeof clientInfo.name !== 'string' || typeof clientInfo.version !== 'string' || !only(clientInfo, ['name', 'version', 'title', 'websiteUrl', 'description'])) return false;
  if (!['title', 'websiteUrl', 'description'].every((k) => optional(clientInfo[k], (v) => typeof v === 'string'))) return false;
  if (!only(capabilities, ['roots', 'sampling', 'elicitation', 'experimental', 'extensions'])) return false;
  const { roots, sampling, elicitation } = capabilities;
  if (!optional(roots, (r) => isPlainObject(r) && only(r, ['listChanged']) && optional(r.listChanged, (v) => typeof v === 'boolean'))) return false;
  if (!optional(sampling, (s) => isPlainObject(s) && only(s, ['context', 'tools']) && optional(s.context, isPlainObject) && optional(s.tools, isPlainObject))) return false;
  const formFits = (f: unknown) => isPlainObject(f) && only(f, ['applyDefaults']) && optional(f.applyDefaults, (v) => typeof v === 'boolean');
  if (!optional(elicitation, (e) => isPlainObject(e) && only(e, ['form', 'url']) && optional(e.form, formFits) && optional(e.url, (u) => isPlainObject(u) && only(u, [])))) return false;
  return optional(capabilities.experimental, objectOfObjects) && optional(capabilities.extensions, objectOfObjects);
}

const noParams = (params: unknown) => params === undefined || (isPlainObject(params) && Object.keys(params).length === 0);

export type Line =
  | { kind: 'answer'; id: RequestId; result: unknown; method: string }
  | { kind: 'request' }
  | { kind: 'notification' };

/**
 * What the front does with one line: answer it (initialize, tools/list and ping, when they are
 * plainly well-formed), or leave it to the server (anything else, including every line that is not
 * a well-formed JSON-RPC message: the server's transport answers those with the right error).
 */
export function readLine(line: string, cache: StartCache, state: { initialized: boolean }): Line {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    return { kind: 'request' };
  }
  if (!isPlainObject(message) || message.jsonrpc !== '2.0' || typeof message.method !== 'string' || !only(message, ['jsonrpc', 'id', 'method', 'params'])) return { kind: 'request' };
  if (!('id' in message)) return { kind: 'notification' };
  const { id, method, params } = message;
  if (!isRequestId(id)) return { kind: 'request' };
  if (method === 'initialize' && !state.initialized && initializeParamsFit(params)) {
    state.initialized = true;
    const wanted = (params as { protocolVersion: string }).protocolVersion;
    const protocolVersion = cache.protocolVersions.includes(wanted) ? wanted : cache.latestProtocolVersion;
    return { kind: 'answer', id, method, result: { protocolVersion, ...cache.initialize } };
  }
  if (method === 'tools/list' && noParams(params)) return { kind: 'answer', id, method, result: cache.toolsList };
  if (method === 'ping' && noParams(params)) return { kind: 'answer', id, method, result: {} };
  return { kind: 'request' };
}

/** The server, once loaded and connected: where lines go from then on. */
export interface Backend {
  line(line: string): void;
  oversize(): void;
  /** Resolves when every request it was given has been answered. */
  settled(): Promise<void>;
  close(): Promise<void>;
  /** Called when the server closes by itself. */
  onclose(handler: () => void): void;
}

export interface FrontOptions {
  cache: StartCache | undefined;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** Load and connect the server; `answered` holds the ids the front answered (their replayed answers are dropped). */
  load: (answered: Set<RequestId>) => Promise<Backend>;
  /** Start loading this long after start-up even when nothing asks for the server yet (ms). */
  warmAfter?: number;
}

/**
 * Serve MCP over stdio: answer what the start record can, queue the rest, load the server when a
 * request needs it (or right after tools/list, or after `warmAfter`), then hand it everything in
 * the order it came. Resolves when the input has ended and every request has been answered, or
 * when the client stops reading; rejects when the server cannot be loaded.
 */
export function serveWithFront(options: FrontOptions): Promise<void> {
  const { cache, stdin, stdout } = options;
  const answered = new Set<RequestId>();
  const queue: string[] = [];
  const state = { initialized: false };
  let backend: Backend | undefined;
  let loading: Promise<Backend> | undefined;
  let needsServer = false;

  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(warm);
      stdin.removeAllListeners('data');
      stdin.pause();
      if (error) reject(error);
      else resolve();
    };
    const load = (): Promise<Backend> => {
      loading ??= options.load(answered).then((b) => {
        backend = b;
        b.onclose(() => finish());
        for (const line of queue.splice(0)) b.line(line);
        return b;
      });
      loading.catch((error: unknown) => finish(error));
      return loading;
    };
    const warm = setTimeout(() => void load(), options.warmAfter ?? 250);
    if (!cache) void load();

    const reader = new LineReader(
      LIMITS.lineBytes,
      (line) => {
        if (backend) return backend.line(line);
        const read = cache ? readLine(line, cache, state) : ({ kind: 'request' } as const);
        if (read.kind === 'answer') {
          stdout.write(resultLine(read.id, read.result));
          if (read.method === 'initialize') {
            // The server must still see it (it records the client); its own answer is dropped.
            answered.add(read.id);
            queue.push(line);
          }
          if (read.method === 'tools/list') setImmediate(() => void load());
          return;
        }
        queue.push(line);
        if (read.kind === 'request') {
          needsServer = true;
          void load();
        }
      },
      () => {
        if (backend) return backend.oversize();
        stdout.write(`${JSON.stringify(oversizeError(LIMITS.lineBytes))}\n`);
      },
    );
    stdin.on('data', (chunk: Buffer) => reader.push(chunk));

    let ending = false;
    const ended = () => {
      if (done || ending) return;
      ending = true;
      if (!backend && !loading && !needsServer) return finish();
      // Answer what was asked before the input ended (never waiting on a stuck handler for long), then close.
      load()
        .then((b) => Promise.race([b.settled(), new Promise<void>((r) => setTimeout(r, 10_000).unref())]).then(() => b.close()))
        .then(
          () => finish(),
          (error: unknown) => finish(error),
        );
    };
    stdin.once('end', ended);
    stdin.once('close', ended);
    // The client closed its end of our stdout: nobody is listening any more.
    stdout.once('error', () => {
      void backend?.close();
      finish();
    });
  });
}
