/**
 * Splits a byte stream into newline-delimited lines (the MCP stdio framing) without holding more
 * than `maxBytes` of one line: a longer line is skipped up to its newline and reported once, and
 * the lines after it are read as usual. Blank lines are ignored. No SDK code: the start-up front
 * (src/mcp/front.ts) reads with it before the SDK is loaded.
 */
export class LineReader {
  private parts: Buffer[] = [];
  private size = 0;
  private skipping = false;

  constructor(
    private readonly maxBytes: number,
    private readonly onLine: (line: string) => void,
    private readonly onOversize: () => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      if (newline < 0) {
        this.keep(chunk.subarray(start));
        return;
      }
      const tail = chunk.subarray(start, newline);
      start = newline + 1;
      if (this.skipping) {
        this.skipping = false;
        continue;
      }
      if (this.size + tail.length > this.maxBytes) {
        this.reset();
        this.onOversize();
        continue;
      }
      const bytes = this.size ? Buffer.concat([...this.parts, tail]) : tail;
      this.reset();
      const line = bytes.toString('utf8').replace(/\r$/, '');
      if (line.trim() !== '') this.onLine(line);
    }
  }

  private keep(part: Buffer): void {
    if (this.skipping || part.length === 0) return;
    if (this.size + part.length > this.maxBytes) {
      this.reset();
      this.skipping = true;
      this.onOversize();
      return;
    }
    // A copy: the stream may reuse the chunk's memory.
    this.parts.push(Buffer.from(part));
    this.size += part.length;
  }

  private reset(): void {
    this.parts = [];
    this.size = 0;
  }
}

/** A JSON-RPC request id as MCP allows it: a string or an integer. */
export type RequestId = string | number;

export function isRequestId(value: unknown): value is RequestId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** The error for a line over the read limit (without an id: the line was not read). */
export function oversizeError(maxBytes: number): { jsonrpc: '2.0'; error: { code: number; message: string } } {
  return { jsonrpc: '2.0', error: { code: -32600, message: `Invalid Request: a line over ${maxBytes / 1024 / 1024} MiB was ignored` } };
}

/** One answer as the SDK writes it (result, then jsonrpc and id), newline-terminated. */
export function resultLine(id: RequestId, result: unknown): string {
  return `${JSON.stringify({ result, jsonrpc: '2.0', id })}\n`;
}
