// English rule table. Labels are matched lower-cased; `attr` rows see name/id split into words
// ('job_application[first_name]' → 'job application first name', 'startDate' → 'start date').
import type { RuleTable } from './rule-types';
import {
  CHECKBOX,
  CURRENT,
  DEGREE,
  DESCRIPTION,
  END,
  ENTRY_NAME,
  RANGE,
  ROLE,
  ROLE_IN_ENTRY,
  SHORT,
  START,
} from './rule-keys';

export const RULES_EN: RuleTable = {
  lang: 'en',
  rules: [
    // Names. On a Chinese page these become the latin keys (see classify-field.ts).
    {
      key: 'name.latinFull',
      label: /english name|pinyin|romani[sz]ed name|name in english|latin name/,
      attr: /\b(english name|pinyin|name en)\b/,
      score: 0.95,
    },
    // 'Name and surname', 'First and last name': both parts in one box.
    {
      key: 'name.full',
      label:
        /\bname (and )?(sur|last |family )name\b|\b(first|given) (name )?(and|&|\+) (last|family|sur) ?name\b|\b(first|given) (name )?(and|&) last\b/,
      score: 0.96,
    },
    {
      key: 'name.given',
      label: /\bfirst\s*name\b|\bgiven\s*name\b|\bforename\b/,
      attr: /\b(first ?name|given ?name|fname|name first)\b/,
      score: 0.95,
    },
    {
      key: 'name.family',
      label: /\blast\s*name\b|\bfamily\s*name\b|\bsurname\b/,
      attr: /\b(last ?name|family ?name|surname|lname|name last)\b/,
      score: 0.95,
    },
    {
      key: 'name.full',
      label:
        /\b(full|legal|your|complete|candidate|applicant|real)\s+name\b|^name$|^your name$|\brecipient'?s? name\b|\bname of (the )?recipient\b|\bconsignee\b|\breceiver'?s? name\b/,
      attr: /\b(full ?name|legal ?name|real ?name|candidate name|applicant name)\b|^name$/,
      score: 0.92,
    },
    // Contact.
    { key: 'email', label: /e-?mail/, attr: /\be-?mail\b|\bmail\b/, score: 0.95 },
    {
      key: 'phone.countryCode',
      label: /country\s*(phone\s*)?code|dial(l?ing)?\s*code|calling\s*code|phone\s*code|country\/region code/,
      attr: /\b(country ?(phone )?code|dial ?code|calling ?code|phone ?code|country phone)\b/,
      // 'Telephone (+ country code)', 'Phone incl. country code': the number, written with its code.
      not: /(phone|mobile|tel)\w*\s*\(?\s*(\+|with|incl|including)\s*(the\s*)?(country|dial)/,
      score: 0.92,
    },
    {
      key: 'phone',
      label: /\b(phone|mobile|cell|telephone|tel)\b|contact number/,
      attr: /\b(phone|mobile|cell ?phone|tel|telephone)\b/,
      not: /type|device|country|code|ext|extension|home|work|office|fax|prefix|suffix|area|local/,
      score: 0.9,
    },
    // 'Phone Type' (Home / Mobile / Work) beside the number: Mobile when the résumé's number is one.
    {
      key: 'phone.deviceType',
      label: /\b(phone|number|device) type\b|type of (phone|number)/,
      attr: /\b(phone|device) ?type\b/,
      score: 0.9,
    },
    // A box that takes any of the applicant's links: whichever the résumé has.
    {
      key: 'profileLink',
      label:
        /(linked ?in|git ?hub).{0,20}\b(website|portfolio|homepage|blog|personal (site|url))\b|\b(website|portfolio|homepage|blog)\b.{0,20}(linked ?in|git ?hub)/,
      score: 0.98,
    },
    { key: 'github', label: /git ?hub/, attr: /\bgit ?hub\b/, score: 0.97 },
    { key: 'linkedin', label: /linked ?in/, attr: /\blinked ?in\b/, score: 0.97 },
    { key: 'wechat', label: /we ?chat|weixin/, attr: /\bwe ?chat\b/, score: 0.95 },
    {
      key: 'website',
      label: /\b(personal )?(website|web site|homepage|home page|blog|portfolio)\b|personal (site|url)/,
      attr: /\b(website|homepage|blog|portfolio|personal ?url)\b/,
      not: /company|employer|linked ?in|git ?hub/,
      score: 0.85,
    },
    {
      key: 'location',
      label:
        /\b(current )?(location|city)\b|where (do you live|are you based|are you located)|current residence|city of residence/,
      attr: /\b(location|current ?city|city)\b/,
      not: /preferred|desired|willing|relocat|job location|work location|school|company|office|birth/,
      score: 0.8,
    },
    {
      key: 'birth',
      label: /date of birth|birth\s*date|birthday|\bdob\b/,
      attr: /\b(birth|dob|birthday|bday)\b/,
      score: 0.95,
    },
    // The applicant now.
    {
      key: 'currentCompany',
      label: /current (company|employer|organi[sz]ation)|present employer|most recent (company|employer)/,
      attr: /\b(current ?company|current ?employer)\b|^org$/,
      score: 0.95,
    },
    {
      key: 'currentTitle',
      label:
        /current (job )?(title|position|role)|present (title|position)|most recent (job )?(title|position)/,
      attr: /\b(current ?title|current ?position|headline)\b/,
      score: 0.95,
    },
    {
      key: 'yearsOfExperience',
      label: /years? of (work |relevant |professional )?experience|experience \(years\)|how many years/,
      attr: /\b(years? ?of ?experience|yoe|work ?years)\b/,
      // '…with Python', '…in data engineering': a skill's or a field's years, not the whole career's.
      not: /\b(with|in|using|on) (?!(total|years?|general|overall)\b)[a-z0-9+#.]/,
      widgets: SHORT,
      score: 0.9,
    },
    {
      // 'Have you completed the following level of education: Master's Degree?' (a Yes / No).
      key: 'degreeHeld',
      label:
        /^(have you (completed|earned|obtained|attained|received)|do you (have|hold|possess)|did you (complete|earn|obtain))\b.*\b(degree|level of education|diploma)/,
      score: 0.97,
    },
    {
      key: 'noExperience',
      label:
        /^(i (do not|don't) have|i have no|no)( any)?( relevant)? (work |professional |internship |employment )?(experience|history)$/,
      score: 0.95,
    },
    {
      // 'Are you currently employed?': employed anywhere. '… employed here / by us / at Acme' is another
      // question (a past or present employee of this company).
      key: 'currentlyEmployed',
      label: /^(are you )?(currently|presently) (employed|working)\??$|^current employment status$/,
      score: 0.93,
    },
    {
      key: 'highestDegree',
      label: /highest (level of )?(degree|education|qualification)|level of education|education level/,
      // 'Institution where you earned your highest degree', 'Field of study (highest degree)': another fact
      // of that degree's entry, asked through it.
      not: /\b(institution|school|university|college|field|major|discipline|subject|year|date|gpa|grade|country|city|location)\b/,
      score: 0.95,
    },
    { key: 'skills', label: /\bskills?\b|technical expertise|tech stack/, attr: /\bskills?\b/, score: 0.85 },
    {
      key: 'selfIntro',
      label:
        /about (you|me|yourself)|\bsummary\b|personal statement|self[- ]?introduction|introduce yourself|tell us about yourself|\bbio\b/,
      attr: /\b(self ?intro(duction)?|about ?me|summary|bio)\b/,
      score: 0.85,
    },
    // Education.
    {
      key: 'education.school',
      label: /\b(school|university|college|institution|alma mater)\b/,
      attr: /\b(school|university|college|institution)\b/,
      not: /high school|type|location|city|country|address/,
      score: 0.9,
    },
    // 'Where did you complete your undergraduate degree?', 'Where did you study?': the school, not the degree.
    {
      key: 'education.school',
      label: /^where (did|do) you (complete|earn|receive|obtain|get|attend|pursue|study)\b/,
      not: /city|country|location/,
      score: 0.9,
    },
    {
      key: 'education.major',
      label: /\b(major|field of study|discipline|area of study|concentration|speciali[sz]ation)\b/,
      attr: /\b(major|field ?of ?study|discipline)\b/,
      score: 0.9,
    },
    {
      key: DEGREE,
      label: /\bdegree\b|qualification/,
      attr: /\bdegree\b/,
      not: /highest|date|year|^where\b/,
      score: 0.88,
    },
    {
      key: 'education.gpa',
      label: /\bgpa\b|grade point|grade average|cumulative average/,
      attr: /\b(gpa|grade ?average)\b/,
      score: 0.95,
    },
    {
      key: 'education.start',
      part: 'year',
      label: /first year attended|year (started|enrolled|of enrol+ment)/,
      attr: /\bfirst ?year ?attended\b/,
      score: 0.93,
    },
    { key: 'education.start', label: /enrol+ment date|matriculation/, attr: /\benrol+ment\b/, score: 0.92 },
    {
      key: 'education.end',
      part: 'year',
      label: /last year attended|year graduated|graduation year|year of graduation/,
      attr: /\b(last ?year ?attended|grad(uation)? ?year)\b/,
      score: 0.93,
    },
    { key: 'education.end', label: /graduation|date graduated/, attr: /\bgraduation\b/, score: 0.92 },
    // Work.
    {
      key: 'experience.company',
      label: /\b(company|employer|organi[sz]ation)\b/,
      attr: /\b(company|employer|organi[sz]ation)\b/,
      not: /current|address|size|industry|type|website|phone|present|recent/,
      score: 0.9,
    },
    // A shop's 'Department' is a flat (departamento): a department is an entry's only under work.
    {
      key: { experience: 'experience.department' },
      label: /\b(department|division)\b/,
      attr: /\bdepartment\b/,
      score: 0.85,
    },
    {
      key: ROLE,
      label: /job\s*title|position\s*title/,
      attr: /\b(job ?title|position ?title)\b/,
      not: /desired|applying|interested|apply/,
      score: 0.88,
    },
    { key: ROLE_IN_ENTRY, label: /^(title|role|position)$/, attr: /^(title|role|position)$/, score: 0.85 },
    {
      key: CURRENT,
      label:
        /currently (work|working|employed)|i (currently )?work here|^current$|^present$|still (work|working)|ongoing|^(my |this is my )?(current|present) (employer|job|position|role|company)\??$/,
      attr: /\bcurrently ?work/,
      widgets: CHECKBOX,
      score: 0.9,
    },
    {
      key: 'experience.description',
      label: /responsibilit|job description|duties|role description|achievements/,
      attr: /\b(role ?description|responsibilit\w*|duties)\b/,
      score: 0.9,
    },
    // Projects.
    { key: 'projects.name', label: /project (name|title)/, attr: /\bproject ?(name|title)\b/, score: 0.95 },
    {
      key: 'projects.role',
      label: /role (in|on) (the |this )?project|project role/,
      attr: /\bproject ?role\b/,
      score: 0.95,
    },
    {
      key: 'projects.description',
      label: /project (description|details|summary)|describe (the|your) project/,
      attr: /\bproject ?(description|details)\b/,
      score: 0.95,
    },
    // 'When did you start in your current (or most recent) role?': the latest job's start, asked anywhere.
    {
      key: 'experience.start',
      label:
        /when did you (start|begin|join)\b.*\b(current|present|most recent|latest)\)? (role|job|position|employer)/,
      score: 0.9,
    },
    // Meaning depends on the section heading.
    {
      key: START,
      label: /^(start|from|begin)( date| month| year)?$|start date|date started|\bsince\b/,
      attr: /\b(start|from|begin)( ?date| ?month| ?year)?\b/,
      score: 0.88,
    },
    {
      key: END,
      label: /^(end|to|until)( date| month| year)?$|end date|date ended|finish date/,
      attr: /\b(end|to|finish)( ?date| ?month| ?year)\b|\bend\b/,
      score: 0.88,
    },
    {
      key: RANGE,
      label: /^(dates?|period|duration|time period|dates attended|dates of (employment|attendance))$/,
      score: 0.82,
    },
    {
      key: DESCRIPTION,
      label: /\bdescription\b|\bdetails\b|\bsummary\b/,
      attr: /\bdescription\b/,
      score: 0.82,
    },
    { key: ENTRY_NAME, label: /^name$/, attr: /^name$/, score: 0.88 },
  ],
  deny: [
    { pattern: /emergency/, strong: true, attr: true },
    { pattern: /referr|referee|referral|\breference|\bref\b|recommend(er|ation)/, strong: true, attr: true },
    // The company's people: an 'HR email' or 'Recruiter phone' box wants theirs, not the applicant's (in
    // labels only: 'hr' in an id is as often Croatian).
    { pattern: /\bhr\b|recruiter|interviewer|hiring manager/, strong: true },
    {
      pattern: /\b(relative|spouse|father|mother|parent|guardian|next of kin|family member)s?\b/,
      strong: true,
      attr: true,
    },
    { pattern: /supervisor|manager|\bboss\b|report(s|ing)? to/, strong: true, attr: true },
    // A second way to reach the applicant: the same phone or email again is no backup.
    {
      pattern:
        /\b(alternat(e|ive)|secondary|backup|second|additional|other) (phone|mobile|cell|tel(ephone)?|number|e-?mail|contact)/,
    },
    // A site search box ('Search by title, skill, or company') asks about jobs, not about the person.
    { pattern: /^search( by|$)|\bsearch (jobs|the site|this site)\b/, strong: true },
    // Other people a form asks about: a friend to refer, a gift's recipient, an academic referee.
    {
      pattern:
        /\bfriends?\b|\bgift\b|co-?applicant|team lead|professor|advis[oe]r|mentor|landlord|assistant'?s|secretary|invitee|\bemployee'?s\b/,
      strong: true,
    },
    // A question's follow-up ('If yes, enter the employee's full name'; 'If Other, please specify' under a
    // list) answers the question above it, never with one of the résumé's own facts.
    { pattern: /^if (yes|so|other)\b|\bother,? please specify\b/ },
    // 'Other Institution' beside an Institution list: for a school the list lacks, not a second school.
    { pattern: /^other (institution|school|university|college|major|field of study|degree|program)\b/ },
    // A yes/no question about an entry ('May we contact this employer?') is not the entry's fact.
    { pattern: /^(may|can|could|shall) we\b/ },
    { pattern: /captcha|verification|one[- ]?time|\botp\b/, strong: true, attr: true },
    // A payment card's holder, even when it is the applicant: a card form is not an application.
    {
      pattern:
        /card ?holder|card ?owner|name on (the |your )?card|(appears|shown|printed) on (the |your )?card|\bcc (first |last )?name\b|\bcc ?holder\b|\bcard (first |last )?name\b|credit card name/,
      strong: true,
      attr: true,
    },
    // Who receives a parcel ('Attention', 'c/o'): a name, but not a part the page says.
    { pattern: /^attention\b|\battn\b|\bcare of\b|\bc\/o\b/, strong: true },
    // 'Email or username': the email fits.
    { pattern: /\buser ?name\b|\blog ?in\b/, unless: /e-?mail/ },
    {
      pattern:
        /nick ?name|preferred (first |last )?name|middle (name|initial)|patronymic|maiden|former name|previous name|\balias\b/,
      strong: true,
      attr: true,
    },
    { pattern: /password|passcode/, attr: true },
    { pattern: /salary|compensation|\bpay\b|\bwages?\b|\brate\b|remuneration/, attr: true },
    { pattern: /gender|\bsex\b|pronoun/, attr: true },
    { pattern: /\brace\b|ethnic|hispanic|latino|veteran|disabilit|military|protected/, attr: true },
    {
      pattern:
        /\bssn\b|social security|national id|\bid (number|no|card)\b|identity|passport|\bvisa\b|citizenship|nationality|work permit|sponsor|authori[sz]ed|right to work|legally/,
      attr: true,
    },
    {
      pattern: /address|street|\bzip\b|postal|post ?code|\bapt\b|\bsuite\b|province|\bstate\b|county/,
      unless: /e-?mail|web|url|ip address|site/,
      attr: true,
    },
    { pattern: /\bcountry\b|\bregion\b/, unless: /code|dial|calling/ },
    { pattern: /marital|married/ },
    { pattern: /health|medical/ },
    { pattern: /\bage\b/ },
    { pattern: /religio/ },
    {
      pattern: /how did you (hear|find|learn)|where did you (hear|find|learn)|heard about|\bsource\b/,
      attr: true,
    },
    { pattern: /cover ?letter|motivation|why (do|are|would) you|why us|interest(ed)? in/, attr: true },
    {
      pattern:
        /desired|expected (salary|compensation|pay|start)|expectation|preferred|willing|relocat|availab|notice period|earliest|when can you/,
      attr: true,
    },
    { pattern: /twitter|facebook|instagram|weibo|tiktok|douyin|\bqq\b/, attr: true },
    { pattern: /\blanguages?\b|fluency|proficien/ },
    // A signature is the user's own act, even where it only asks for their name (the 'Name' and 'Date' of
    // a disability self-identification form, a box named eeo[disabilitySignature]).
    { pattern: /signature|sign here|signed by/, strong: true, attr: true },
    {
      pattern: /today'?s date|date signed|\bconsent|\bagree|privacy|\bterms\b|acknowledg|certify/,
      attr: true,
    },
    {
      pattern: /previously (worked|employed|applied)|former employee|worked (here|for us)|ever been employed/,
    },
    { pattern: /hobb(y|ies)|\binterests\b/ },
    { pattern: /\bawards?\b|\bhonou?rs? and awards|certificat|licen[sc]e|publication|\bpatent/ },
    // The employer's or a company's own contact details, not the applicant's ('Employer Phone').
    {
      pattern:
        /company (size|website|address|phone|industry|type)|employer'?s? (phone|telephone|tel|e-?mail|address|contact)|business phone|industry|\bsector\b/,
    },
    {
      pattern:
        /\bvat\b|\btax (id|number|code|no)\b|\btin\b|\babn\b|\bein\b|registration (number|no)|company (number|reg)|business (id|number)/,
      attr: true,
    },
    { pattern: /furigana|phonetic|\bkana\b|katakana|hiragana/, strong: true, attr: true },
    {
      pattern: /\bext(ension)?\b|\bfax\b|pager|home phone|work phone|office phone|landline/,
      attr: true,
    },
    { pattern: /\bminor\b/ },
    { pattern: /\bscale\b|out of|maximum/ },
    { pattern: /\brank(ing)?\b/ },
    { pattern: /\b(gre|gmat|toefl|ielts)\b/ },
    { pattern: /message to|note to|let (the|us) (company|team|recruiter)|anything else/ },
  ],
  sections: [
    {
      context: 'posting',
      pattern:
        /job description|responsibilities|requirements|what you('ll| will) do|about (the|this) (job|role|position)|nice to have/,
    },
    // The form's own title ('Employment Application Form'): the whole form, not its experience section.
    { context: 'personal', pattern: /\b(job|employment|online) application( form)?$|^application form$/ },
    { context: 'emergency', pattern: /emergency/ },
    { context: 'reference', pattern: /reference|referee|referr(al|ed|er)|guarantor/ },
    // 'IKEA Family', 'Family plan': a word in a title, not the person's family.
    {
      context: 'family',
      pattern:
        /^family\b|\bfamily (members?|information|info|details|background|relations?)\b|\brelatives?\b|next of kin|\bguardian|\bspouse|\bparents?\b/,
    },
    { context: 'intent', pattern: /preference|desired|job interest|availability/ },
    // The job's own title above the form ('Backend Engineer, Payments'): a posting, not a checkout. A
    // heading that names a section too ('Project manager experience') is that section's.
    {
      context: 'posting',
      pattern:
        /^(?!.*\b(experience|education|projects?|employment|history|references?|contact)\b).*\b(engineer|developer|programmer|designer|analyst|scientist|architect|consultant|specialist|manager|director|accountant|technician|coordinator|administrator)s?\b/,
    },
    { context: 'payment', pattern: /billing|payment|shipping|delivery|invoice|checkout|purchaser/ },
    {
      context: 'declaration',
      pattern:
        /privacy (notice|policy|statement)|data protection|\bgdpr\b|\bconsent\b|declaration|acknowledg|attestation|\bsignature\b|\be-?sign/,
    },
    {
      context: 'other-entry',
      pattern:
        /award|honou?r|certific|licen[cs]|training|course|activit|volunteer|language|publication|patent|extracurricular|voluntary|self[- ]?identif|disclosure|\beeo\b|equal (employment|opportunity)|diversity/,
    },
    { context: 'projects', pattern: /project/ },
    { context: 'education', pattern: /education|academic|school|universit|qualification/ },
    {
      context: 'experience',
      pattern: /experience|employment|work history|career|professional|internship|job history/,
    },
    { context: 'personal', pattern: /personal|contact|my information|basic info|about you|profile/ },
  ],
  anchors: {
    education: /school|university|college|major|degree|field of study|gpa/,
    experience: /company|employer|job title|currently work/,
    projects: /project/,
  },
};
