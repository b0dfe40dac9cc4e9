// Issue 16, item 2: a tagged or indexed disclosure whose requirement items' key words are absent from its
// section: the section is cited but does not speak of what the items ask.
import type { Rule } from './rule.js';
import { descriptorOf, judgedAnswers, unitsOf } from '../engine/evidence-targets.js';
import { isChineseText, judgeItems, sectionEvidence } from '../evidence/index.js';
import { PLACE_MESSAGES, placePhrase, targetLocation } from './evidence-place.js';

export const itemNotAddressed: Rule = {
  id: 'item-not-addressed',
  description: "A tagged or indexed disclosure's requirement items (their key words, from the catalog's item labels and the descriptor vocabulary) are absent from its section.",
  help: 'Answer the items in the section, omit them with a reason (`omit: <id> (b) | …`), or tag only the items it answers (`disclose: <id> (a)`).',
  defaultSeverity: 'warning',
  // On the fixtures of this repository and the corpus reports its precision is too low to speak unasked
  // (README "Evidence checks"): `rules: { item-not-addressed: warning }` turns it on. JSON `items` always says it.
  offByDefault: true,
  tags: ['evidence'],
  messages: {
    itemsNotAddressed: '{{id|code}}: {{where}} does not address {{items|and}}; looked for {{lookedFor|or}}.',
    notAddressed: '{{id|code}}: {{where}} does not speak of it; looked for {{lookedFor|or}}.',
    ...PLACE_MESSAGES,
  },
  check(ctx) {
    const { analysis } = ctx;
    const units = unitsOf(analysis);
    const omittedItems = new Map<string, string[]>();
    for (const { omission, resolution } of analysis.omissions) {
      if (resolution && omission.requirements) omittedItems.set(resolution.def.id, [...(omittedItems.get(resolution.def.id) ?? []), ...omission.requirements]);
    }
    for (const { target, sections } of judgedAnswers(analysis)) {
      const { def } = target;
      const evidence = sectionEvidence(analysis.report, sections, units);
      const title = analysis.report.sections[target.section]!.title;
      const chinese = analysis.report.meta.language === 'zh' || isChineseText(title);
      const judged = judgeItems(def, descriptorOf(analysis, def), evidence.text, target.requirements, omittedItems.get(def.id), chinese, evidence.headings);
      const missing = judged.filter((j) => !j.addressed);
      // Only a section that speaks of none of the items is reported: answers paraphrase, and a section that
      // addresses some items has been written for the disclosure (its gaps are for a reviewer, not a linter).
      if (missing.length === 0 || missing.length < judged.length) continue;
      const lookedFor = [...new Set(missing.flatMap((j) => j.lookedFor))].slice(0, 8);
      const where = placePhrase(analysis, target.section);
      const whole = missing.length === 1 && missing[0]!.id === def.id;
      ctx.report({
        disclosure: def.id,
        ...targetLocation(ctx, target),
        ...(whole
          ? { messageId: 'notAddressed', data: { id: def.id, where, lookedFor } }
          : { messageId: 'itemsNotAddressed', data: { id: def.id, where, items: missing.map((j) => j.id), lookedFor } }),
      });
    }
  },
};
