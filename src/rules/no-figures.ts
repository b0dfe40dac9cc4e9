// Issue 16, item 2: a quantitative disclosure located in a section without a single figure.
import type { Rule } from './rule.js';
import { descriptorOf, judgedAnswers, unitsOf } from '../engine/evidence-targets.js';
import { asksForData, sectionEvidence } from '../evidence/index.js';
import { PLACE_MESSAGES, placePhrase, targetLocation } from './evidence-place.js';


export const noFigures: Rule = {
  id: 'no-figures',
  description: 'A quantitative disclosure is located in a section (with its subsections) that contains no figure at all.',
  help: 'Give the figures the disclosure asks for in the section (a number with its unit, for the reporting period), or locate the disclosure where they are.',
  defaultSeverity: 'warning',
  tags: ['evidence'],
  messages: {
    noFigures: '{{id|code}} asks for data but {{where}} contains no figure; expected at least one number with its unit.',
    ...PLACE_MESSAGES,
  },
  check(ctx) {
    const units = unitsOf(ctx.analysis);
    for (const { target, sections } of judgedAnswers(ctx.analysis)) {
      if (!asksForData(target.def, descriptorOf(ctx.analysis, target.def), units)) continue;
      if (sectionEvidence(ctx.analysis.report, sections, units).figures.length > 0) continue;
      ctx.report({ disclosure: target.def.id, ...targetLocation(ctx, target), messageId: 'noFigures', data: { id: target.def.id, where: placePhrase(ctx.analysis, target.section) } });
    }
  },
};
