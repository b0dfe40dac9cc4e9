import { parseMarkdownReport } from '../../src/ingest/index.js';
import { parseMarkdown } from '../../src/ingest/markdown.js';
test('perf', () => {
  const chunks: string[] = ['---\ntitle: Big\n---\n'];
  for (let i = 0; i < 6000; i++) {
    chunks.push(`<!-- page: ${i + 1} -->\n## ■ ${i}.1 Section ${i} 🌱\n\nSome paragraph text about emissions and energy, repeated. `.repeat(1) + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + `<!-- disclose: GRI 305-1, GRI 2-${i % 30} -->\n\n`);
    chunks.push(`| a | b | c |\n|---|---|---|\n| x | ${i} | <!-- omit: GRI 2-21 \\| not-applicable \\| none --> |\n\n- item one\n- item two <!-- disclose: GRI 3-3 (GRI 305) -->\n\n#### Sub ${i}\n\n应对气候变化，公司持续推进节能减排。\n\n`);
  }
  const text = chunks.join('');
  console.log('size MB', (text.length / 1e6).toFixed(1));
  let t = performance.now();
  parseMarkdown(text);
  const remark = performance.now() - t;
  t = performance.now();
  const r = parseMarkdownReport([{ path: 'big.md', text }]);
  const ours = performance.now() - t;
  console.log({ remark, ours, sections: r.sections.length, tags: r.tags.length });
});
