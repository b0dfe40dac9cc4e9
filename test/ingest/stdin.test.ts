// `-` reads the report from standard input: bounded by the report size limit, a terminal refused.
import { Readable } from 'node:stream';
import { MAX_REPORT_BYTES, readStdinBytes } from '../../src/ingest/index.js';

describe('readStdinBytes', () => {
  test('reads the whole stream', async () => {
    const bytes = await readStdinBytes(Readable.from([Buffer.from('# Acme\n'), Buffer.from('\nWe make bikes.\n')]));
    expect(Buffer.from(bytes).toString('utf8')).toBe('# Acme\n\nWe make bikes.\n');
  });

  test('refuses a terminal instead of waiting for someone to type a report', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(readStdinBytes(tty)).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/standard input, which is a terminal/) });
  });

  test('refuses an empty stream (what a failed `cat missing.md |` leaves)', async () => {
    await expect(readStdinBytes(Readable.from([]))).rejects.toMatchObject({ kind: 'input', message: expect.stringMatching(/^`<stdin>`: standard input is empty/) });
  });

  test('stops at the report size limit, without reading the rest of an endless stream', async () => {
    let produced = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const endless = Readable.from(
      (function* () {
        for (;;) {
          produced += chunk.length;
          yield chunk;
        }
      })(),
    );
    await expect(readStdinBytes(endless)).rejects.toMatchObject({ kind: 'input', message: expect.stringMatching(/^`<stdin>`: standard input is larger than the 16 MiB limit/) });
    expect(produced).toBeLessThan(MAX_REPORT_BYTES + 4 * chunk.length);
  });
});
