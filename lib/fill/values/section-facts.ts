// Facts of one résumé entry (education[i], experience[i], projects[i]) for section keys.
import type { DateRange, DegreeLevel, Experience, Gpa, Resume } from '~/lib/resume/types';
import type { FieldKey } from '~/lib/fill/types';
import { text, type Fact } from './fact-types';
import { PLACES, schoolPlace } from './school-place';

function dateFact(dates: DateRange, which: 'start' | 'end'): Fact | undefined {
  if (which === 'end' && dates.current) return { type: 'date', current: true };
  const ym = dates[which];
  return ym ? { type: 'date', value: ym } : undefined;
}

/** The grade as written ('3.60' stays '3.60'); forms ask for the scale, if at all, in a box of its own. */
/**
 * Two facts one box asks together (毕业院校系及专业, 工作单位及职务): both, or nothing, since half of them
 * would read as the whole answer.
 */
export function joinParts(a: string | undefined, b: string | undefined): string | undefined {
  return a?.trim() && b?.trim() ? `${a.trim()} ${b.trim()}` : undefined;
}

/**
 * The employer as the résumé writes it ('美团-到店事业群技术部'), for one box asking employer and post
 * together (现工作单位及职务, whose example reads ××公司××部 工程师): the department goes along there.
 */
export function companyAsWritten(e: Experience): string {
  return e.raw.company.trim() || e.company;
}

/** Scale lists write 4.0 / 5.0 but 100. */
function scaleText(scale: number): string {
  return scale < 10 ? scale.toFixed(1) : String(scale);
}

function gpaText(gpa: Gpa): string {
  const written = /\d+(?:\.\d+)?/.exec(gpa.raw.replace(/^\s*GPA\s*[:：]?/i, ''));
  return written && Number(written[0]) === gpa.value ? written[0] : String(gpa.value);
}

const LEVEL_RANK = ['highschool', 'associate', 'bachelor', 'master', 'mba', 'doctorate'];

/** Whether entry `index` holds the highest degree of the résumé; unknown when its level is not given. */
function isHighest(resume: Resume, index: number): Fact | undefined {
  const rank = (i: number) => LEVEL_RANK.indexOf(resume.education[i]?.degree ?? '');
  if (rank(index) < 0) return undefined;
  const top = Math.max(...resume.education.map((_, i) => rank(i)));
  return { type: 'boolean', value: rank(index) === top };
}

/**
 * The tiers a school's annotation names, top first. Every 985 university is a 211 one and on the 双一流
 * list, and every 211 one is on the 双一流 list, so the top tier implies those below it.
 */
export function tiersOf(note: string | undefined): string[] {
  if (!note) return [];
  if (/985/.test(note)) return ['985', '211', '双一流'];
  if (/211/.test(note)) return ['211', '双一流'];
  if (/双一流|一流(大学|学科)/.test(note)) return ['双一流'];
  return [];
}

/** Yes when the annotation names the tier; never no: a school noted without tiers may still have one. */
function tierFact(
  tiers: string[],
  field: 'is985' | 'is211' | 'isFirstClass' | 'schoolTier',
): Fact | undefined {
  if (field === 'schoolTier') return text(tiers[0] === '985' ? '985/211' : tiers[0]);
  const wanted = field === 'is985' ? '985' : field === 'is211' ? '211' : '双一流';
  return tiers.includes(wanted) ? { type: 'boolean', value: true } : undefined;
}

export function degreeFact(level: DegreeLevel, major: string): Fact {
  return major.trim()
    ? { type: 'degree', value: level, major: major.trim() }
    : { type: 'degree', value: level };
}

/** 院校所在地 and the country beside it, for a school whose name places it outside the mainland. */
function placeFact(
  e: Resume['education'][number],
  field: 'region' | 'country',
  lang: 'zh' | 'en',
): Fact | undefined {
  const place = schoolPlace(e.school, e.schoolNote);
  if (!place) return undefined;
  if (field === 'region') return text(place.region === 'hmt' ? '港澳台' : '境外');
  return text(PLACES[place.country]![lang]);
}

export function sectionFact(
  resume: Resume,
  key: FieldKey,
  index: number,
  lang: 'zh' | 'en' = 'zh',
): Fact | undefined {
  const [section, field] = key.split('.') as [string, string];
  if (section === 'education') {
    const e = resume.education[index];
    if (!e) return undefined;
    if (field === 'school' || field === 'major') return text(e[field]);
    if (field === 'schoolMajor') return text(joinParts(e.school, e.major));
    if (field === 'degree') return e.degree ? degreeFact(e.degree, e.major) : undefined;
    if (field === 'start' || field === 'end') return dateFact(e.dates, field);
    if (field === 'range') return { type: 'range', value: e.dates };
    if (field === 'gpa')
      return e.gpa
        ? { type: 'text', value: gpaText(e.gpa), ...(e.gpa.scale && { scale: scaleText(e.gpa.scale) }) }
        : undefined;
    if (field === 'gpaScale' && e.gpa?.scale) return text(scaleText(e.gpa.scale));
    // Only a résumé that says 全日制 / 非全日制 answers it; no mode written is no answer.
    if (field === 'fullTime')
      return e.studyMode ? { type: 'boolean', value: e.studyMode === 'full-time' } : undefined;
    if (field === 'studyMode')
      return e.studyMode ? text(e.studyMode === 'full-time' ? '全日制' : '非全日制') : undefined;
    if (field === 'highest') return isHighest(resume, index);
    if (field === 'region' || field === 'country') return placeFact(e, field, lang);
    // 海外 for a school in Hong Kong is read both ways, and a mainland school's 否 is the page's to keep.
    if (field === 'abroad')
      return schoolPlace(e.school, e.schoolNote)?.region === 'abroad'
        ? { type: 'boolean', value: true }
        : undefined;
    if (field === 'is985' || field === 'is211' || field === 'isFirstClass' || field === 'schoolTier')
      return tierFact(tiersOf(e.schoolNote), field);
    // '排名前10%' → '前10%', '专业第8' → '第8': the part a list of rankings or a 排名 box holds.
    if (field === 'ranking')
      return e.ranking
        ? text(e.ranking.replace(/^(专业|年级|班级|院系|成绩|综合)*(排名)?\s*/, ''))
        : undefined;
    if (field === 'description')
      return e.description.trim()
        ? { type: 'text', value: e.description.trim(), multiline: true }
        : undefined;
    return undefined;
  }
  const entry =
    section === 'experience'
      ? resume.experience[index]
      : section === 'projects'
        ? resume.projects[index]
        : undefined;
  if (!entry) return undefined;
  if (field === 'start' || field === 'end') return dateFact(entry.dates, field);
  if (field === 'range') return { type: 'range', value: entry.dates };
  if (field === 'current') return { type: 'boolean', value: entry.dates.current };
  if ('company' in entry) {
    if (field === 'company' || field === 'title' || field === 'department') return text(entry[field]);
    if (field === 'companyTitle') return text(joinParts(companyAsWritten(entry), entry.title));
    if (field === 'description')
      return entry.description.trim()
        ? { type: 'text', value: entry.description.trim(), multiline: true }
        : undefined;
    return undefined;
  }
  if (field === 'name' || field === 'role') return text(entry[field]);
  if (field === 'summary')
    return entry.summary.trim() ? { type: 'text', value: entry.summary.trim(), multiline: true } : undefined;
  if (field === 'description' || field === 'duties') {
    // The highlight picker chooses precisely; a fill puts the whole project: summary, then highlights.
    const lines = [
      ...(field === 'description' ? [entry.summary] : []),
      ...entry.highlights.map((h) => h.raw || h.text),
    ]
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.length ? { type: 'lines', value: lines } : undefined;
  }
  return undefined;
}
