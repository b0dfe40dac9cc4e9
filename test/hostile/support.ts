// Shared helpers of the hostile-input tests: the corpus, a temporary folder, generated inputs, and a
// check that HTML output holds no markup from the report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpus = (name: string): string => fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));

/**
 * A fresh temporary folder for one test file, removed after its tests (big inputs are written at test
 * time, never committed).
 */
export function scratch(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, content) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** Jest timeout of the tests that feed large inputs: a hang fails the test, it does not stall the suite. */
export const SLOW = 120_000;

/** Front matter that makes a file a report with a claim (the rules then have something to check). */
export const FRONT_MATTER = '---\ntitle: Hostile\nperiod: { start: 2025-01-01, end: 2025-12-31 }\npublished: 2026-04-20\nframeworks: { gri: { claim: with-reference } }\n---\n\n';

/** Every tag in an HTML text: `[name, attributes]`. */
export function tagsOf(html: string): [string, string][] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => [m[1]!.toLowerCase(), m[2] ?? '']);
}

// Tags that a report's text could use to run code or pull content in; the templates never write them.
const ACTIVE_TAGS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'a', 'b', 'form', 'input', 'link', 'base', 'video', 'audio', 'source']);

/**
 * Asserts that an HTML page holds no markup from the report: no active tag, no event handler or
 * `javascript:` URL in any tag, and a Content-Security-Policy that runs no script.
 */
export function expectNoMarkupFrom(html: string): void {
  for (const [name, attributes] of tagsOf(html)) {
    expect({ name, active: ACTIVE_TAGS.has(name) }).toEqual({ name, active: false });
    expect(attributes).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(attributes).not.toMatch(/javascript:/i);
  }
  // `default-src 'none'` without a script-src: no script runs, whatever the page holds.
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src (?:'|&#39;)none(?:'|&#39;)/);
  expect(html).not.toMatch(/script-src/);
}
