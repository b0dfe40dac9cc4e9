// A DOCX file is an OPC package: a ZIP of XML parts. This opens it with JSZip (loaded here, lazily: `check`
// on Markdown never pays for it) and reads the parts the reader needs as text, bounded: an entry that
// declares more than MAX_DOCX_PART_BYTES is refused before it is inflated, and inflating stops as soon as
// it passes the cap (the declared size may lie). Everything wrong with the package is one DiscloseError
// ('input') line.
import type JSZipType from 'jszip';
import { DiscloseError } from '../../model/errors.js';
import { MAX_DOCX_PART_BYTES } from '../../limits.js';

/** An OLE compound file (MS-CFB §2.2): a legacy .doc, or an encrypted OOXML file (an EncryptedPackage stream inside). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE.every((byte, i) => bytes[i] === byte);
}

export interface DocxPackage {
  /** The part's text (UTF-8), or undefined when the package has no such part. */
  text(name: string): Promise<string | undefined>;
}

/**
 * JSZip keeps what the central directory declares in a private `_data` (its own typings leave it out:
 * "If/when it is made public this should be uncommented"). Read defensively: a missing field is no size.
 */
function declaredSize(entry: JSZipType.JSZipObject): number | undefined {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : undefined;
}

/** JSZip's internal stream (public at run time, absent from its typings), which can be paused mid-inflate. */
interface InflateStream {
  on(event: 'data', callback: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'end', callback: () => void): InflateStream;
  on(event: 'error', callback: (error: unknown) => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

export function tooLarge(path: string, name: string): DiscloseError {
  return new DiscloseError('input', `\`${path}\`: the DOCX part ${name} uncompresses to more than ${MAX_DOCX_PART_BYTES / 1024 / 1024} MiB (a zip bomb?); refused`, path);
}

function inflate(entry: JSZipType.JSZipObject, path: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        total += chunk.length;
        if (total > MAX_DOCX_PART_BYTES) {
          stream.pause();
          reject(tooLarge(path, entry.name));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => reject(new DiscloseError('input', `\`${path}\`: the DOCX part ${entry.name} is damaged and cannot be uncompressed`, path)))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .resume();
  });
}

export async function openDocxPackage(bytes: Uint8Array, path: string): Promise<DocxPackage> {
  if (isOleCompoundFile(bytes)) {
    throw new DiscloseError('input', `\`${path}\`: is encrypted or a legacy .doc (an OLE compound file), not a DOCX; save it from Word as an unprotected .docx`, path);
  }
  const { default: JSZip } = await import('jszip');
  let zip: JSZipType;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new DiscloseError('input', `\`${path}\`: is not a readable DOCX (the ZIP package is damaged or truncated)`, path);
  }
  return {
    async text(name) {
      const entry = zip.file(name);
      if (!entry) return undefined;
      const declared = declaredSize(entry);
      if (declared !== undefined && declared > MAX_DOCX_PART_BYTES) throw tooLarge(path, name);
      return new TextDecoder('utf-8').decode(await inflate(entry, path));
    },
  };
}
