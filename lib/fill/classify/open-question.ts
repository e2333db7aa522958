// Open questions: a text box asking for the applicant's own words (why this company, describe a
// project, 自我评价, a cover letter's text, anything else to add). The engine never writes them — an
// answer there is the user's to write — but the report says so and points to the highlight picker,
// which inserts the résumé highlights the user picks. One small bilingual rule set; a description box
// inside a résumé entry (工作描述 in a work-experience block) is the résumé's, never an open question.
import type { Classification, FieldDescription, FieldReport } from '~/lib/fill/types';

/** Words that ask for the applicant's own account, in either language. */
const OPEN_ZH = [
  /为什么|为何|的原因|的理由|求职动机|申请动机|动机是/,
  /自我评价|自我介绍|自我描述|个人评价|个人简介|个人陈述|个人总结|个人优势|优势与不足|优缺点/,
  /(请|试)(简要|简单|详细|具体)?(描述|介绍|谈谈|说说|分享|阐述|说明|列举|举例)/,
  /(描述|介绍|分享)(一下|一个|一次|一段|你|您)|谈谈|说说/,
  /(项目|实践|科研|实习|工作)经[历验](描述|介绍|分享)/,
  /求职信|附加信息|补充信息|补充说明|其他说明|其他信息|其他补充|想对我们说|想告诉我们/,
  /最(大|有|难忘|自豪|骄傲)的?(成就|挑战|收获|困难|经历)|印象最深/,
  /(你|您)(认为|觉得|如何看待|怎样看待|怎么看)|职业规划|发展规划|未来规划/,
];
const OPEN_EN = [
  /\bwhy\b/i,
  /\bcover letter\b|\bmotivation(al)? (letter|statement)|\bpersonal statement\b/i,
  /\badditional (information|comments|details|notes)\b|\banything else\b|\bother information\b/i,
  /\btell us\b|\bdescribe (a|an|your|the|one|how|what|why|yourself|a time)\b|\bexplain (why|how|what|a|an|your)\b/i,
  /\bshare (a|an|your|an example|with us)\b|\bgive (us )?an example\b/i,
  /\bwhat (interests|excites|motivates|attracts|draws|inspires) you\b|\bwhat makes you\b/i,
  /\bhow would you\b|\bwhat would you\b|\bwhat do you (like|hope|want|know)\b/i,
  /\babout yourself\b|\bself[- ]?introduction\b|\b(greatest|biggest) (achievement|challenge|strength|weakness)\b|\bproudest\b/i,
];

/** A plain description box of a résumé entry: the résumé's, whatever section it sits in. */
const ENTRY_DESCRIPTION =
  /^(工作|项目|实习|职位|岗位|主要|在校|实践)?(描述|内容|职责|业绩|工作内容|主要职责|项目描述)$|^(job |role |position |project )?(description|responsibilities|duties|summary|details|achievements)$/i;

const FREE_TEXT: FieldDescription['widget'][] = ['textarea', 'contenteditable'];

/** The words a box's question is known by: its label, the question above a group, its help text. */
function questionWords(field: FieldDescription): string {
  return [field.label, field.hints.groupLabel, field.hints.ariaLabel, field.hints.placeholder]
    .filter((s): s is string => !!s)
    .join(' ');
}

/** Whether the box asks an open question (the applicant's own words), not a résumé fact. */
export function isOpenQuestion(field: FieldDescription): boolean {
  if (!FREE_TEXT.includes(field.widget)) return false;
  // Inside a repeated résumé entry (an experience or project block) a text box is that entry's.
  if (field.block) return false;
  const label = field.label.trim().replace(/[：:*？?]+$/, '');
  if (ENTRY_DESCRIPTION.test(label)) return false;
  const words = questionWords(field);
  return [...OPEN_ZH, ...OPEN_EN].some((re) => re.test(words));
}

export const OPEN_QUESTION_REASON =
  'an open question: not guessed (write it yourself, or right-click the box and pick résumé highlights to insert)';

/**
 * After the fill: a box the engine left empty whose question is open is marked, so the report points to
 * the highlight picker (自我评价 too, when the résumé has no text for it). A box taken for a résumé
 * entry's field (experience.description) is not. `bar`: the engine's confidence bar.
 */
export function markOpenQuestion(
  field: FieldDescription,
  report: FieldReport,
  cls: Classification | undefined,
  bar: number,
): void {
  if (report.status !== 'skipped' && report.status !== 'required-empty') return;
  if (cls && cls.confidence >= bar && cls.key.includes('.')) return;
  if (field.currentValue.trim() || !isOpenQuestion(field)) return;
  report.openQuestion = true;
  report.reason = OPEN_QUESTION_REASON;
}
