// The PDF page cap and time limit are configurable without code: DISCLOSE_PDF_MAX_PAGES and
// DISCLOSE_PDF_TIMEOUT (seconds); a caller's own limits win; a bad value is a usage error.
import { pdfLimits } from '../../../src/ingest/pdf/limits-from-env.js';
import { MAX_PDF_PAGES, PDF_TIMEOUT_MS } from '../../../src/limits.js';
import { DiscloseError } from '../../../src/model/errors.js';

describe('PDF limits', () => {
  test('defaults from src/limits.ts when nothing is set', () => {
    expect(pdfLimits(undefined, {})).toEqual({ maxPages: MAX_PDF_PAGES, timeoutMs: PDF_TIMEOUT_MS });
  });

  test('the environment sets them; the caller overrides the environment', () => {
    const env = { DISCLOSE_PDF_MAX_PAGES: '50', DISCLOSE_PDF_TIMEOUT: '2.5' };
    expect(pdfLimits(undefined, env)).toEqual({ maxPages: 50, timeoutMs: 2500 });
    expect(pdfLimits({ maxPages: 7 }, env)).toEqual({ maxPages: 7, timeoutMs: 2500 });
  });

  test('a value that is not a positive number is refused as a usage error naming the variable', () => {
    for (const bad of ['0', '-3', 'lots', 'Infinity']) {
      let error: unknown;
      try {
        pdfLimits(undefined, { DISCLOSE_PDF_MAX_PAGES: bad });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DiscloseError);
      expect((error as DiscloseError).kind).toBe('usage');
      expect((error as DiscloseError).message).toMatch(/^DISCLOSE_PDF_MAX_PAGES=".*": expected a positive number$/);
    }
  });
});
