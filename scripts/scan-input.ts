/**
 * The scanner's input: a file or stdin, read with a bound on its size whatever it is (a regular
 * file, a pipe, a FIFO, /dev/zero) and on how long a pipe may stay silent, unpacked if gzipped
 * (a saved page often is) with the same bound, then decoded as UTF-8 or, with a byte order mark,
 * UTF-16. Every failure is one readable ScanError.
 */
import { closeSync, constants, createReadStream, openSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';

export const MAX_BYTES = 20 * 1024 * 1024;
/** How long a pipe or FIFO may go without sending anything before the scanner gives up. */
export const DEFAULT_WAIT_MS = 10_000;

export class ScanError extends Error {}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

const tooLarge = (name: string, detail = 'limit 20 MB') =>
  new ScanError(`cannot read ${name}: too large (${detail})`);

export interface ReadOptions {
  /** How long a stream may be silent; the file's own stream by default. */
  waitMs?: number;
  stdin?: Readable;
  open?: (path: string) => Readable;
}

/** Reads at most MAX_BYTES from a stream; more is an error, as is silence for `waitMs`. */
function readStream(
  stream: Readable,
  name: string,
  waitMs: number,
  onGiveUp: () => void = () => undefined,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error: Error | null) => {
      clearTimeout(timer);
      stream.removeAllListeners('data');
      stream.destroy();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, total));
    };
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        onGiveUp();
        const seconds = Math.round(waitMs / 1000);
        finish(new ScanError(`cannot read ${name}: nothing arrived for ${seconds} s`));
      }, waitMs);
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > MAX_BYTES) {
        finish(tooLarge(name));
        return;
      }
      chunks.push(chunk);
      wait();
    });
    stream.once('end', () => finish(null));
    stream.once('error', (error) =>
      finish(new ScanError(`cannot read ${name}: ${describeError(error)}`)),
    );
    wait();
  });
}

/** The input's bytes: `-` is stdin. */
export async function readInput(input: string, options: ReadOptions = {}): Promise<Buffer> {
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  if (input === '-') return readStream(options.stdin ?? process.stdin, 'stdin', waitMs);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(input);
  } catch (error) {
    throw new ScanError(`cannot read ${input}: ${describeError(error)}`);
  }
  if (stat.isDirectory()) throw new ScanError(`cannot read ${input}: is a directory`);
  if (stat.isFile() && stat.size > MAX_BYTES) {
    throw tooLarge(input, `${(stat.size / 2 ** 20).toFixed(1)} MB, limit 20 MB`);
  }
  const open = options.open ?? ((path: string) => createReadStream(path));
  // Opening a FIFO blocks until someone opens it for writing, in a thread the process cannot
  // exit without: giving up, the scanner opens it for writing itself, which lets that open return.
  const release = () => {
    if (!stat.isFIFO()) return;
    try {
      closeSync(openSync(input, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // Nobody is waiting on it any more.
    }
  };
  return readStream(open(input), input, waitMs, release);
}

/** The bytes gzip holds, if they are gzip (its magic number), else the bytes. */
export function gunzipInput(bytes: Buffer, name: string): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge(name, 'unpacked, limit 20 MB');
    throw new ScanError(`cannot read ${name}: a damaged gzip file`);
  }
}

/** UTF-16 with a byte order mark, else UTF-8 (a UTF-8 BOM is dropped). */
export function decodeText(bytes: Buffer, name: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.includes(0)) throw new ScanError(`cannot read ${name}: looks like a binary file`);
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) invalid++;
  if (invalid > 8 && invalid > text.length / 100)
    throw new ScanError(`cannot read ${name}: not UTF-8 text`);
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}
