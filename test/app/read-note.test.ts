// "Say what was read": one quiet line on stderr, only when a folder held Markdown that was skipped.
import { readNote } from '../../src/app/read-note.js';

describe('readNote', () => {
  test('nothing skipped: no note', () => {
    expect(readNote({ files: ['r/01.md', 'r/02.md'], skipped: [] })).toBeUndefined();
  });

  test('counts by reason, names the first three, escapes control characters in names', () => {
    const note = readNote({
      files: ['r/01.md'],
      skipped: [
        { path: 'r/README.md', reason: 'readme' },
        { path: 'r/drafts/', reason: 'gitignore' },
        { path: 'r/old\u202e.md', reason: 'gitignore' },
        { path: 'r/wip.md', reason: 'ignore' },
      ],
    });
    expect(`disclose: ${note}`).toBe(
      "disclose: read 1 file; skipped 2 ignored by .gitignore, 1 ignored by the config's `ignore`, 1 README: `r/README.md`, `r/drafts/`, `r/old\\u202e.md`, and 1 more",
    );
  });
});
