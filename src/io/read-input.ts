import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.js';
import { describeFsError } from './fs-errors.js';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UserError(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Read a user-named text file (or stdin for `-`) with clear one-line errors: missing, folder, huge, binary, not UTF-8. */
export async function readUserText(file: string): Promise<string> {
  let data: Buffer;
  const label = file === '-' ? 'standard input' : file;
  if (file === '-') {
    data = await readStdin();
  } else {
    try {
      const stat = statSync(file);
      if (stat.isDirectory()) throw new UserError(`${file} is a folder, not a file`);
      if (stat.size > MAX_INPUT_BYTES) throw new UserError(`${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      data = readFileSync(file);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`cannot read ${file}: ${describeFsError(error)}`);
    }
  }
  if (data.includes(0)) throw new UserError(`${label} looks binary, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new UserError(`${label} is not valid UTF-8 text`);
  }
}
