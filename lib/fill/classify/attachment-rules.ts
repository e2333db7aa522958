// Which file a file box or drop zone asks for: one table per language, the same shape as the text rules
// (a positive pattern per kind, words that veto any kind). Specific kinds are tried before the résumé,
// since "Cover letter" boxes often sit beside a résumé box and mention it ("attach with your résumé").
import type { AttachmentKind } from '~/lib/attachments/types';

interface AttachmentRule {
  kind: AttachmentKind;
  pattern: RegExp;
}

const RULES_ZH: AttachmentRule[] = [
  { kind: 'coverLetter', pattern: /求职信|自荐信|推荐自己|动机信/ },
  { kind: 'transcript', pattern: /成绩单|成绩证明|成绩表/ },
  { kind: 'resume', pattern: /附件简历|上传简历|简历附件|个人简历|简历|履历/ },
];

const RULES_EN: AttachmentRule[] = [
  { kind: 'coverLetter', pattern: /\bcover\s*letter|\bmotivation(al)?\s*letter|\bletter of motivation/i },
  { kind: 'transcript', pattern: /\btranscripts?\b|\bacademic record|\bgrade report/i },
  { kind: 'resume', pattern: /\br[eé]sum[eé]s?(?![a-z])|\bcv\b|curriculum vitae/i },
];

/** A photo, an ID scan, a portfolio or a certificate is never one of the user's documents. */
const VETO =
  /头像|照片|证件照|身份证|作品集|作品|证书|photo|avatar|headshot|portrait|\bid card|passport|portfolio|certificate/i;

/** The kind the text names, or undefined (also when it names a photo or an ID). */
export function attachmentKindOf(text: string): AttachmentKind | undefined {
  if (!text || VETO.test(text)) return undefined;
  for (const rule of [...RULES_ZH, ...RULES_EN].sort(byKind)) if (rule.pattern.test(text)) return rule.kind;
  return undefined;
}

const ORDER: AttachmentKind[] = ['coverLetter', 'transcript', 'resume'];
const byKind = (a: AttachmentRule, b: AttachmentRule) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);

/** Words of a drop zone: text that invites dragging a file onto it. */
export const DROP_WORDS = /拖拽|拖放|拖到|拖动|拖入|drag|drop/i;
