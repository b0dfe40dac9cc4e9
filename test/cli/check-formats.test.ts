// `check --format` lists its choices without loading the formatters (fast start-up); this keeps the two in step.
import { formatters } from '../../src/formatters/index.js';
import { FORMATS } from '../../src/cli/commands/check.js';

test('check --format offers exactly the registered formatters', () => {
  expect([...FORMATS].sort()).toEqual(Object.keys(formatters).sort());
});
