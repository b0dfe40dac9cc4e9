// What a report is read from (issue 11, item 12): a folder's Markdown files, subfolders included, minus
// what .gitignore, the config's `ignore` and README files leave out; quoted globs; `-` for stdin.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reportFiles } from '../../src/ingest/index.js';
import { ignoreMatcher } from '../../src/config/glob.js';
import { DiscloseError } from '../../src/model/errors.js';
import { inputErrorAsync, tempDir } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const at = (...parts: string[]): string => join(dir, ...parts);
function write(rel: string, text = '# Chapter\n'): void {
  mkdirSync(dirname(at(rel)), { recursive: true });
  writeFileSync(at(rel), text);
}

describe('a folder', () => {
  test('is the *.md under it, subfolders included, sorted by path; dot folders and node_modules are not walked', async () => {
    for (const rel of ['03-social.md', '01-about.md', '02-environment/02-water.md', '02-environment/01-climate.md', 'notes.txt']) write(rel);
    for (const rel of ['.drafts/x.md', 'node_modules/pkg/README-like.md', '.hidden.md']) write(rel);
    expect((await reportFiles([dir])).files).toEqual([
      at('01-about.md'),
      at('02-environment', '01-climate.md'),
      at('02-environment', '02-water.md'),
      at('03-social.md'),
    ]);
  });

  test('a symbolic link to a folder is not walked (no loops); a link to a file is read', async () => {
    write('sub/a.md');
    write('elsewhere.txt');
    symlinkSync(at('sub'), at('sub', 'loop'));
    symlinkSync(at('elsewhere.txt'), at('linked.md'));
    expect((await reportFiles([dir])).files).toEqual([at('linked.md'), at('sub', 'a.md')]);
  });

  test("skips and lists README files, .gitignore'd files and folders, and the config's `ignore`", async () => {
    for (const rel of ['README.md', '01-about.md', 'drafts/next-year.md', 'old.md', 'keep-old.md', 'sub/readme.md', 'sub/02-more.md', 'wip-notes.md']) write(rel);
    write('.gitignore', 'drafts/\n*old.md\n!keep-old.md\n');
    const { files, skipped } = await reportFiles([dir], { ignore: ignoreMatcher(['wip-*.md'], dir) });
    expect(files).toEqual([at('01-about.md'), at('keep-old.md'), at('sub', '02-more.md')]);
    expect(skipped).toEqual([
      { path: at('README.md'), reason: 'readme' },
      { path: `${at('drafts')}/`, reason: 'gitignore' },
      { path: at('old.md'), reason: 'gitignore' },
      { path: at('sub', 'readme.md'), reason: 'readme' },
      { path: at('wip-notes.md'), reason: 'ignore' },
    ]);
  });

  test('a README named directly is read', async () => {
    write('README.md');
    expect((await reportFiles([at('README.md')])).files).toEqual([at('README.md')]);
  });

  test(".gitignore files above the folder apply up to the git repository's root, a deeper one overriding", async () => {
    mkdirSync(at('.git'));
    write('.gitignore', '*.draft.md\nsecret.md\n');
    write('reports/.gitignore', '!kept.draft.md\n');
    for (const rel of ['reports/2025/a.md', 'reports/2025/b.draft.md', 'reports/2025/kept.draft.md', 'reports/2025/secret.md']) write(rel);
    const { files, skipped } = await reportFiles([at('reports', '2025')]);
    expect(files).toEqual([at('reports', '2025', 'a.md'), at('reports', '2025', 'kept.draft.md')]);
    expect(skipped.map((s) => s.path)).toEqual([at('reports', '2025', 'b.draft.md'), at('reports', '2025', 'secret.md')]);
  });

  test('outside a git repository, .gitignore files above the folder are not read (git would not)', async () => {
    write('.gitignore', '*.md\n');
    write('report/a.md');
    expect((await reportFiles([at('report')])).files).toEqual([at('report', 'a.md')]);
  });

  test('a folder named directly is read even when a .gitignore above it ignores it', async () => {
    mkdirSync(at('.git'));
    write('.gitignore', 'drafts/\n');
    write('drafts/a.md');
    expect((await reportFiles([at('drafts')])).files).toEqual([at('drafts', 'a.md')]);
  });

  test('a folder whose Markdown is all skipped says so', async () => {
    write('README.md');
    const error = await inputErrorAsync(reportFiles([dir]));
    expect(error.message).toBe(
      `\`${dir}\`: folder has no Markdown files to read (skipped: \`${at('README.md')}\`: ignored by a .gitignore or the config's \`ignore\`, or a README); expected one or more \`*.md\` files in it`,
    );
  });
});

describe('a quoted glob', () => {
  test('is the files it matches, sorted, as the shell would expand it', async () => {
    for (const rel of ['b.md', 'a.md', 'c.txt', 'sub/d.md']) write(rel);
    expect((await reportFiles([`${dir}/*.md`])).files).toEqual([at('a.md'), at('b.md')]);
    expect((await reportFiles([`${dir}/**/*.md`])).files).toEqual([at('a.md'), at('b.md'), at('sub', 'd.md')]);
  });

  test('that matches nothing is refused', async () => {
    const error = await inputErrorAsync(reportFiles([`${dir}/*.md`]));
    expect(error.message).toBe(`\`${dir}/*.md\`: no file or folder matches this glob`);
  });
});

describe('`-`', () => {
  test('stands for standard input where allowed, once', async () => {
    write('a.md');
    expect((await reportFiles(['-', at('a.md')], { stdin: true })).files).toEqual(['-', at('a.md')]);
    await expect(reportFiles(['-', '-'], { stdin: true })).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/given twice/) });
    const refused = reportFiles(['-']);
    await expect(refused).rejects.toBeInstanceOf(DiscloseError);
    await expect(refused).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/only `check` and `index`/) });
  });
});
