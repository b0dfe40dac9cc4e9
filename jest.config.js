// ESM under jest: ts-jest in ESM mode, run with --experimental-vm-modules (see package.json "test").
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Most CLI tests run the program in-process (test/helpers/run-in-process.ts), asynchronously, so jest's
  // per-test timeout now applies to them; under spawnSync it never could. 5 s is too little for a run
  // that loads and renders a whole report on a busy shared machine; a hang still fails the test.
  testTimeout: 60_000,
  // Every core: the CLI tests no longer leave one free for the processes they spawned (jest's default on
  // 2 cores is 1 worker, i.e. one test file at a time).
  maxWorkers: '100%',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};
