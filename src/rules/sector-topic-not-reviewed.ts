// GRI 1, Requirement 3: each topic of an applicable Sector Standard is reported as material or listed as not
// material with why. Which topics are reported is found in src/engine/sector-topics.ts.
import type { Rule } from './rule.js';

export const sectorTopicNotReviewed: Rule = {
  id: 'sector-topic-not-reviewed',
  description: 'A topic of a declared GRI Sector Standard is neither reported as material nor listed as not material (GRI 1, Requirement 3).',
  help: "Report the topic as material (its material topic standard in `material-topics`, or its reference number in the index's sector ref. column), or list it in front matter under `not-material` with the reason.",
  defaultSeverity: 'error',
  tags: ['coverage', 'gri'],
  inAccordanceRequirement: true,
  messages: {
    notReviewed:
      "Sector topic {{ref}} {{title}} ({{standard}}) is neither reported as material nor listed as not material; report it, or add `{ topic: '{{ref}}', reason: … }` to `frameworks.gri.not-material`.",
  },
  check(ctx) {
    // GRI 1 asks this of a report in accordance; a report "with reference" uses no Sector Standard's list.
    if (ctx.analysis.claim !== 'in-accordance') return;
    const file = ctx.analysis.report.files[0]?.path ?? '';
    for (const topic of ctx.analysis.sectorTopics) {
      if (topic.status !== 'missing') continue;
      ctx.report({ file, messageId: 'notReviewed', data: { ref: topic.ref, title: topic.title, standard: topic.standard } });
    }
  },
};
