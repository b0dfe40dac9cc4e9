export * from './catalog.js';
export * from './report.js';
export * from './finding.js';
export * from './index-document.js';
export * from './framework-index.js';
export * from './errors.js';
export * from './ids.js';
export * from './content-index.js';
