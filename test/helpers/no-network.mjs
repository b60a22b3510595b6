// Preload (node --import) for every CLI the tests start: any network socket or DNS use throws
// Error('mcp-operator test: network use blocked: <what>') and, when $MCP_OPERATOR_NETWORK_LOG names
// a file, appends one line to it, so an attempt whose error a dependency swallows is still seen.
// Unix-domain sockets and pipes (a path, never a host or port) stay allowed: the tests, tmux and
// stdio use them. Child stdio pipes and IPC channels never go through connect() or listen().
// Writes nothing to stdout or stderr by itself.
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const PREFIX = 'mcp-operator test: network use blocked: ';

function blocked(what) {
  const line = what.replace(/\s+/g, ' ').slice(0, 300);
  const log = process.env.MCP_OPERATOR_NETWORK_LOG;
  if (log) {
    try {
      appendFileSync(log, `${line} (pid ${process.pid})\n`);
    } catch {
      // the thrown error below still reports it
    }
  }
  return new Error(PREFIX + line);
}

function describe(value) {
  try {
    if (typeof value === 'string') return JSON.stringify(value);
    if (value instanceof URL) return JSON.stringify(value.href);
    const text = JSON.stringify(value, (key, v) => (typeof v === 'function' || (key !== '' && typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof URL) && Object.getPrototypeOf(v) !== Object.prototype) ? `[${typeof v}]` : v));
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

/** A string names a pipe when it is not a port number (node's own rule in net.connect). */
const isPipeName = (s) => typeof s === 'string' && !/^\s*\d+\s*$/.test(s) && Number.isNaN(Number(s));

/** Whether the arguments of Socket#connect / net.connect / tls.connect name a Unix socket or pipe. */
function isLocalPath(args) {
  let first = args[0];
  // net.connect() hands socket.connect() its already normalised [options, callback] array.
  if (Array.isArray(first)) first = first[0];
  if (isPipeName(first)) return true;
  if (first && typeof first === 'object' && !Array.isArray(first)) {
    // Node's own rule: a truthy `path` makes it a pipe connection, whatever host or port say.
    return typeof first.path === 'string' && first.path !== '';
  }
  return false;
}

function guard(target, name, what) {
  const original = target[name];
  if (typeof original !== 'function') return;
  const wrapped = {
    [name](...args) {
      throw blocked(`${what(args)}`);
    },
  }[name];
  target[name] = wrapped;
}

// --- TCP (and everything built on it: http, https, http2, tls, undici) ---
const socketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  if (isLocalPath(args)) return socketConnect.apply(this, args);
  throw blocked(`net.Socket.connect ${describe(Array.isArray(args[0]) ? args[0][0] : args[0])}${typeof args[1] === 'string' ? ` ${JSON.stringify(args[1])}` : ''}`);
};
for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = {
    [name](...args) {
      if (isLocalPath(args)) return original.apply(this, args);
      throw blocked(`net.${name} ${describe(args[0])}${typeof args[1] === 'string' ? ` ${JSON.stringify(args[1])}` : ''}`);
    },
  }[name];
}
const tlsConnect = tls.connect;
tls.connect = function connect(...args) {
  if (isLocalPath(args) && !(args[0] && typeof args[0] === 'object' && args[0].socket)) return tlsConnect.apply(this, args);
  throw blocked(`tls.connect ${describe(args[0])}${typeof args[1] === 'string' ? ` ${JSON.stringify(args[1])}` : ''}`);
};

// Listening on a port is network use too; a path (Unix socket), a handle or an fd is not.
const serverListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  const local =
    isPipeName(first) ||
    (first && typeof first === 'object' && ((typeof first.path === 'string' && first.port === undefined) || first.fd !== undefined || first._handle !== undefined || first.handle !== undefined));
  if (local) return serverListen.apply(this, args);
  throw blocked(`net.Server.listen ${describe(first)}`);
};

// --- UDP ---
guard(dgram, 'createSocket', (args) => `dgram.createSocket ${describe(args[0])}`);

// --- HTTP clients (their sockets would be caught above; this names the URL). HTTP over a Unix
// socket (socketPath) stays allowed. ---
for (const [label, mod] of [['http', http], ['https', https]]) {
  for (const name of ['request', 'get']) {
    const original = mod[name];
    mod[name] = {
      [name](...args) {
        if (args.slice(0, 2).some((a) => a && typeof a === 'object' && !(a instanceof URL) && typeof a.socketPath === 'string' && a.socketPath !== '')) return original.apply(this, args);
        throw blocked(`${label}.${name} ${describe(args[0])}`);
      },
    }[name];
  }
}
guard(http2, 'connect', (args) => `http2.connect ${describe(args[0])}`);

// --- DNS: callback, promise and Resolver forms ---
const DNS_FUNCTIONS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
for (const [label, target] of [
  ['dns', dns],
  ['dns.promises', dns.promises],
  ['dns.Resolver', dns.Resolver?.prototype],
  ['dns.promises.Resolver', dns.promises?.Resolver?.prototype],
]) {
  if (!target) continue;
  for (const name of DNS_FUNCTIONS) guard(target, name, (args) => `${label}.${name} ${describe(args[0])}`);
}

// --- Web APIs. The descriptor is read, never the value: the lazy fetch getter would load undici. ---
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!descriptor) continue;
  const replacement = {
    [name](...args) {
      throw blocked(`${name} ${describe(args[0])}`);
    },
  }[name];
  Object.defineProperty(globalThis, name, { value: replacement, writable: true, configurable: true, enumerable: descriptor.enumerable ?? false });
}

// ESM importers of node:net, node:dns … see the patched functions too.
syncBuiltinESMExports();
