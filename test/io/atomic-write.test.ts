// The one atomic writer (issue 11, items 1 and 3): what it replaces, what it writes in place, what it
// refuses. Runs as root or not: where root bypasses a permission, the test says which case it covers.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { writeTemp } from '../../src/io/temp-file.js';
import { errorOf } from '../helpers/catalog-dir.js';

const asRoot = process.geteuid?.() === 0;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclose-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leftovers = (folder = dir): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
const FINDINGS = '{"reports":[]}\n';

describe('regular files: replaced atomically', () => {
  test('a new file is created; no temp file is left', () => {
    const out = join(dir, 'findings.json');
    writeFileAtomic(out, FINDINGS);
    expect(readFileSync(out, 'utf8')).toBe(FINDINGS);
    expect(readdirSync(dir)).toEqual(['findings.json']);
  });

  test('an existing file keeps its mode (0640) and gets a new inode (renamed over, never truncated)', () => {
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const before = statSync(out).ino;
    writeFileAtomic(out, FINDINGS);
    expect(readFileSync(out, 'utf8')).toBe(FINDINGS);
    expect(statSync(out).mode & 0o7777).toBe(0o640);
    expect(statSync(out).ino).not.toBe(before);
    expect(leftovers()).toEqual([]);
  });

  test('the temp file has a random name beside the target, and the replaced file\'s mode before the rename', () => {
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o644);
    const seen: { name: string; mode: number }[] = [];
    writeFileAtomic(out, FINDINGS, {
      beforeReplace: () => seen.push(...leftovers().map((name) => ({ name, mode: statSync(join(dir, name)).mode & 0o777 }))),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.name).toMatch(/^\.findings\.json\.[0-9a-f]{16}\.tmp$/);
    expect(seen[0]!.name).not.toContain(String(process.pid));
    // The mode is copied from the replaced file only once the bytes are in: 0644 here.
    expect(seen[0]!.mode).toBe(0o644);
    expect(statSync(out).mode & 0o777).toBe(0o644);
  });

  test('a symlink planted at the temp name is not followed (exclusive create): a new name is drawn', () => {
    const out = join(dir, 'findings.json');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    // The names the writer will draw: the first is taken by a planted link, as an attacker would.
    const planted = join(dir, '.findings.json.planted.tmp');
    symlinkSync(victim, planted);
    const names = [planted, join(dir, '.findings.json.fresh.tmp')];
    const temp = writeTemp(out, FINDINGS, undefined, () => names.shift()!);
    expect(temp).toBe(join(dir, '.findings.json.fresh.tmp'));
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readFileSync(temp, 'utf8')).toBe(FINDINGS);
  });

  test('links planted at the old predictable names (.<name>.<pid>.tmp) are never written through', () => {
    const out = join(dir, 'findings.json');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    for (const name of [`.findings.json.${process.pid}.tmp`, `.findings.json.${process.pid}.disclose.tmp`]) symlinkSync(victim, join(dir, name));
    writeFileAtomic(out, FINDINGS);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(out, 'utf8')).toBe(FINDINGS);
  });

  test('a refusal just before the rename leaves the file as it was and no temp behind', () => {
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'old');
    expect(() =>
      writeFileAtomic(out, FINDINGS, {
        beforeReplace: () => {
          throw new Error('changed meanwhile');
        },
      }),
    ).toThrow();
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  test('a folder at the path, or a missing folder: one line, nothing created', () => {
    expect(errorOf(() => writeFileAtomic(dir, FINDINGS)).message).toMatch(/cannot write \(EISDIR\)/);
    expect(errorOf(() => writeFileAtomic(join(dir, 'nope', 'out.json'), FINDINGS)).message).toMatch(/out\.json: cannot write \(ENOENT\): no such folder/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('symlinks: followed and kept', () => {
  test('the link stays a link and its target gets the bytes (its mode kept)', () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'disclose.config.yaml');
    writeFileSync(target, 'old: true\n');
    chmodSync(target, 0o600);
    const link = join(dir, 'disclose.config.yaml');
    symlinkSync(join('real', 'disclose.config.yaml'), link);
    writeFileAtomic(link, 'new: true\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('real', 'disclose.config.yaml'));
    expect(readFileSync(target, 'utf8')).toBe('new: true\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
    expect(leftovers(join(dir, 'real'))).toEqual([]);
  });

  test('a chain of links, and a dangling link: the file at the end is written', () => {
    const target = join(dir, 'out.json');
    symlinkSync('middle', join(dir, 'first'));
    symlinkSync('out.json', join(dir, 'middle'));
    writeFileAtomic(join(dir, 'first'), FINDINGS);
    expect(readFileSync(target, 'utf8')).toBe(FINDINGS);
    expect(lstatSync(join(dir, 'first')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'middle')).isSymbolicLink()).toBe(true);
  });

  test('`linked-folder/../out.json` lands where the kernel resolves it, as a shell\'s `>` would', () => {
    mkdirSync(join(dir, 'real', 'sub'), { recursive: true });
    symlinkSync(join('real', 'sub'), join(dir, 'linked'));
    writeFileAtomic(join(dir, 'linked') + '/../out.json', FINDINGS);
    expect(readFileSync(join(dir, 'real', 'out.json'), 'utf8')).toBe(FINDINGS);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  test('a loop of links is refused in one line', () => {
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    expect(errorOf(() => writeFileAtomic(join(dir, 'a'), FINDINGS)).message).toMatch(/cannot write \(ELOOP\)/);
  });

  test('a hard-linked file is replaced at the name given (the other name keeps the old bytes, as with any rename)', () => {
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    linkSync(out, join(dir, 'other.json'));
    writeFileAtomic(out, FINDINGS);
    expect(readFileSync(out, 'utf8')).toBe(FINDINGS);
  });
});

describe('devices and FIFOs: written in place, never renamed over', () => {
  test('/dev/null stays a character device', () => {
    writeFileAtomic('/dev/null', FINDINGS);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  (existsSync('/dev/full') ? test : test.skip)('/dev/full: ENOSPC is a one-line DiscloseError, and the device stays', () => {
    const error = errorOf(() => writeFileAtomic('/dev/full', FINDINGS));
    expect(error.message).toBe('/dev/full: cannot write (ENOSPC): no space left on the device.');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  (hasMkfifo ? test : test.skip)('a FIFO is written to its reader and stays a FIFO', async () => {
    const fifo = join(dir, 'findings.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => reader.on('close', resolve));
    writeFileAtomic(fifo, FINDINGS); // opening blocks until `cat` opens its end
    await done;
    expect(Buffer.concat(chunks).toString('utf8')).toBe(FINDINGS);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('permissions and ownership are respected', () => {
  test('a read-only file (0444) is refused and left as it was', () => {
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o444);
    expect(errorOf(() => writeFileAtomic(out, FINDINGS)).message).toBe(
      `${out}: is read-only (mode 0444), not replaced; expected a writable file (make it writable, e.g. \`chmod u+w\`, to allow it).`,
    );
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(leftovers()).toEqual([]);
  });

  (asRoot ? test : test.skip)('as root: a file of another user keeps its owner and group', () => {
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'old');
    chownSync(out, 12345, 23456);
    chmodSync(out, 0o664);
    writeFileAtomic(out, FINDINGS);
    expect(readFileSync(out, 'utf8')).toBe(FINDINGS);
    const stats = statSync(out);
    expect([stats.uid, stats.gid, stats.mode & 0o777]).toEqual([12345, 23456, 0o664]);
  });
});
