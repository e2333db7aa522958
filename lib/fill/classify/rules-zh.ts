// Chinese rule table. Texts are matched lower-cased with full-width ASCII folded ('（' → '('), so rows
// are written with half-width punctuation. Pinyin name/id words (shouji, xuexiao) live here too.
import type { RuleTable } from './rule-types';
import {
  CHECKBOX,
  CURRENT,
  DEGREE,
  DESCRIPTION,
  END,
  ENTRY_NAME,
  PICKERS,
  RANGE,
  ROLE,
  SHORT,
  START,
} from './rule-keys';

export const RULES_ZH: RuleTable = {
  lang: 'zh',
  rules: [
    // Names. English-name rows come first: '姓名拼音' is not the Chinese name.
    { key: 'name.latinFamily', label: /(英文|拼音)姓(?!名)|^姓氏?\s*\(?(拼音|英文)/, score: 0.97 },
    { key: 'name.latinGiven', label: /^名字?\s*\(?(拼音|英文)/, score: 0.97 },
    { key: 'name.latinFull', label: /英文名|英文姓名|拼音|外文名/, not: /公司|学校|院校|专业/, score: 0.95 },
    { key: 'name.family', label: /^姓氏?$/, score: 0.95 },
    { key: 'name.given', label: /^名$/, score: 0.95 },
    {
      key: 'name.full',
      label: /姓名|中文名|^名字$|^你的名字$/,
      attr: /\b(xing ?ming|zhen ?shi ?xing ?ming)\b/,
      not: /拼音|英文|外文/,
      score: 0.93,
    },
    // Contact.
    { key: 'email', label: /邮箱|电子邮件|邮件地址|^邮件$|电邮/, attr: /\byou ?xiang\b/, score: 0.95 },
    {
      key: 'phone.countryCode',
      label: /国家(\/|或|和)?(地区)?(代码|区号|码)|国际区号|手机区号|国家码/,
      score: 0.92,
    },
    { key: 'phone.countryCode', label: /^区号$/, widgets: PICKERS, score: 0.85 },
    {
      key: 'phone',
      label: /手机|移动电话|联系电话|^电话$|电话号码|^联系方式$/,
      attr: /\b(shou ?ji|dian ?hua|lian ?xi ?fang ?shi)\b/,
      not: /区号|国家|分机|座机|固定|家庭|办公|传真|类型/,
      score: 0.92,
    },
    { key: 'phone.deviceType', label: /(电话|号码)类型/, score: 0.9 },
    { key: 'wechat', label: /微信/, attr: /\bwei ?xin\b/, not: /公众号/, score: 0.95 },
    { key: 'linkedin', label: /领英/, score: 0.95 },
    // 作品链接/GitHub: one box for any of the applicant's links.
    {
      key: 'profileLink',
      label:
        /(作品|主页|网站|博客|个人链接).{0,10}(github|领英|linkedin)|(github|领英|linkedin).{0,10}(作品|主页|网站|博客|个人链接)/,
      score: 0.98,
    },
    {
      key: 'website',
      label: /个人网站|个人主页|个人网页|主页|博客|作品集|作品链接|个人链接|网站/,
      not: /公司|企业|github|领英/,
      score: 0.85,
    },
    {
      key: 'location',
      label: /现居|居住地|居住城市|所在城市|所在地|当前城市|目前城市|当前所在|目前所在|当前所处|常住/,
      not: /学校|院校|高校|公司|单位|户口|户籍|籍贯|意向|期望|工作地|出生/,
      score: 0.9,
    },
    { key: 'birth', part: 'year', label: /出生年份|^出生年$/, score: 0.96 },
    { key: 'birth', part: 'month', label: /出生月份/, score: 0.96 },
    {
      key: 'birth',
      label: /出生日期|出生年月|生日|出生时间/,
      attr: /\b(sheng ?ri|chu ?sheng)\b/,
      score: 0.95,
    },
    // The applicant now.
    {
      key: 'currentCompany',
      label: /(当前|目前|现|现任|最近)(所在|就职|任职)?的?(公司|单位|雇主|企业)/,
      score: 0.95,
    },
    { key: 'currentTitle', label: /(当前|目前|现|现任|最近)的?(职位|岗位|职务|头衔)/, score: 0.95 },
    // One box for two facts (干部任免审批表 style): 现工作单位及职务, 毕业院校系及专业, 工作单位及职务.
    {
      key: 'currentPosition',
      label:
        /(当前|目前|现|现任)(工作|所在|就职)?(单位|公司|企业).{0,2}(及|和|与|、|\/).{0,2}(职务|职位|岗位)/,
      score: 0.97,
    },
    {
      key: { experience: 'experience.companyTitle' },
      label: /(单位|公司|企业).{0,2}(及|和|与|、|\/).{0,2}(职务|职位|岗位)/,
      score: 0.96,
    },
    {
      key: { education: 'education.schoolMajor', none: 'education.schoolMajor' },
      label: /(院校|学校|大学).{0,4}(及|和|与|、|\/)?.{0,3}专业/,
      not: /类型|性质|层次|排名|所在|城市|地址/,
      score: 0.96,
    },
    { key: 'workStart', label: /参加工作(的)?(时间|日期|年月|年份)|首次(参加)?工作(时间|日期)/, score: 0.95 },
    {
      key: 'yearsOfExperience',
      label: /工作年限|工作经验(年限)?$|工龄|从业年限|工作年数/,
      widgets: SHORT,
      score: 0.9,
    },
    // '最高学历 - 毕业院校' asks the school of that degree, not the degree: a label going on past a dash.
    {
      key: 'highestDegree',
      label: /最高学历|最高学位/,
      not: /是否|最高学[历位]\s*[-－—–:：/]\s*\S|最高学[历位](阶段|期间|的)?.{0,6}(成绩|排名|学校|院校|专业|时间|gpa|绩点)|^(?!最高学[历位]).{1,8}\s*[-－—–]\s/,
      score: 0.97,
    },
    { key: 'skills', label: /技能|特长|技术栈|擅长/, not: /兴趣|爱好|语言|证书/, score: 0.85 },
    {
      key: 'selfIntro',
      label:
        /自我评价|自我介绍|个人简介|个人评价|自我描述|个人总结|个人优势|自我总结|个人介绍|关于我|个人陈述/,
      score: 0.95,
    },
    // Education.
    {
      key: 'education.school',
      label: /学校|院校|大学(名称)?$/,
      attr: /\b(xue ?xiao|yuan ?xiao)\b/,
      // 是否海外院校 is a yes / no about the school, not its name.
      not: /类型|性质|层次|排名|所在|城市|地址|国家|地区|类别|专业|985|211|双一流|是否/,
      score: 0.93,
    },
    // Where the school is: 境内 / 境外 / 港澳台 (a list of cities never matches those words), then the
    // country of a school abroad. Alone, 国家/地区 and 境内外 ask it only inside an education entry.
    {
      key: 'education.region',
      label: /(院校|学校|高校)(所在)?(地|地区|区域|属地)$|(院校|学校|高校)所在地|(院校|学校|高校)(地区|区域)/,
      score: 0.9,
    },
    { key: { education: 'education.region' }, label: /境内外|国内外|海内外/, score: 0.88 },
    // A yes / no on the same: 是否海外院校, 是否境外学历, 是否留学.
    {
      key: 'education.abroad',
      label: /是否.{0,4}(海外|境外|国外|留学)|(海外|境外|国外)(院校|学校|高校|学历|留学)[?？]?$/,
      score: 0.9,
    },
    {
      key: 'education.country',
      label: /(院校|学校|高校)(所在)?(国家|国别)/,
      score: 0.9,
    },
    {
      key: { education: 'education.country' },
      label: /^(所在)?(国家|国别)(\/|或|和|及)?(地区)?$|^(所在)?国家[（(]地区[)）]$/,
      score: 0.88,
    },
    {
      key: 'education.major',
      label: /专业|主修/,
      attr: /\bzhuan ?ye\b/,
      not: /技能|排名|成绩|类别|证书|资格/,
      score: 0.9,
    },
    {
      key: DEGREE,
      label: /学历|学位/,
      attr: /\b(xue ?li|xue ?wei)\b/,
      not: /最高|证书|编号|类型|性质|认证|学信/,
      score: 0.9,
    },
    { key: 'education.gpa', label: /绩点|gpa|平均分|平均成绩|学分绩/, not: /排名|满分|总分/, score: 0.95 },
    // 'GPA满分' beside the GPA box: the scale it is out of.
    { key: 'education.gpaScale', label: /(绩点|gpa|成绩)\s*(满分|总分|分制)/, score: 0.97 },
    // 是否全日制 asks yes or no; a 学习形式 list (全日制 / 非全日制) is not a yes/no question.
    { key: 'education.fullTime', label: /^(是否)?为?全日制\??$/, score: 0.92 },
    { key: 'education.studyMode', label: /学习形式|学习方式|培养方式|就读方式/, score: 0.9 },
    { key: 'education.highest', label: /是否为?(本人)?最高学历/, score: 0.92 },
    // 是否985 / 是否211 / 是否985/211 / 是否双一流, answered yes from the school's annotation; a question
    // naming 985 and 211 together asks whether it is either (every 985 school is a 211 one).
    { key: 'education.is985', label: /是否.{0,6}985(?!\s*[/／、或和及]?\s*211)/, score: 0.93 },
    { key: 'education.is211', label: /是否.{0,6}211/, score: 0.93 },
    { key: 'education.isFirstClass', label: /是否.{0,6}双一流/, not: /985|211/, score: 0.93 },
    {
      key: 'education.schoolTier',
      label: /(院校|学校|高校)(类型|类别|层次)|^985\s*[/／]\s*211$/,
      score: 0.9,
    },
    // A box that hides its section while ticked (没有实习经历 comes ticked on 飞书 forms).
    {
      key: 'noExperience',
      label: /^(本人|我)?(没有|无|暂无)(相关)?(实习|工作|实践|实习\/?工作|工作\/?实习)(经历|经验)$/,
      score: 0.95,
    },
    { key: 'noProjects', label: /^(本人|我)?(没有|无|暂无)(相关)?项目(经历|经验)$/, score: 0.95 },
    // 目前是否在职 (是 / 否): employed anywhere; 是否在本公司任职 is another question.
    {
      key: 'currentlyEmployed',
      label: /^(目前|当前|现在)?是否在职$/,
      score: 0.93,
    },
    // 是否具有硕士及以上学历 (是 / 否): yes when the résumé holds that level or higher.
    {
      key: 'degreeHeld',
      label: /是否(具有|具备|拥有|取得|获得|已取得|已获得).{0,8}(学历|学位)/,
      not: /最高|全日制|统招/,
      score: 0.93,
    },
    { key: 'education.ranking', label: /排名|名次/, not: /绩点|gpa|学校|院校|大学|qs/, score: 0.9 },
    { key: 'education.start', part: 'year', label: /入学年份/, score: 0.96 },
    { key: 'education.start', label: /入学(时间|日期|年月)/, score: 0.95 },
    { key: 'education.end', part: 'year', label: /毕业年份|毕业年$/, score: 0.96 },
    { key: 'education.end', label: /毕业(时间|日期|年月)|预计毕业/, score: 0.95 },
    {
      key: 'education.range',
      label: /在校时间|就读时间|在读时间|学习时间|就学时间|在校期间|就读期间/,
      score: 0.92,
    },
    { key: 'education.description', label: /在校经历|在校表现|教育经历描述|学习经历描述/, score: 0.88 },
    // Work.
    {
      key: 'experience.company',
      label: /公司|单位|雇主|企业名称|组织名称|机构名称/,
      not: /地址|性质|规模|行业|类型|电话|所在|城市|部门|网站|简介|介绍/,
      score: 0.9,
    },
    { key: 'experience.department', label: /部门/, score: 0.9 },
    {
      key: ROLE,
      label: /职位|岗位|职务|头衔/,
      not: /应聘|申请|意向|期望|志愿|类别|类型|性质|级别|职级|描述|职责|内容|代码|编号|编码|序号/,
      score: 0.88,
    },
    { key: 'experience.start', label: /入职(时间|日期|年月)|任职开始|工作开始/, score: 0.95 },
    { key: 'experience.end', label: /离职(时间|日期|年月)|任职结束|工作结束/, score: 0.95 },
    {
      key: 'experience.range',
      label:
        /在职时间|任职时间|工作时间|实习时间|工作起止|实习起止|任职期间|在职期间|工作期间|实习期间|就职时间/,
      not: /每周|天数|时长|参加工作|首次/,
      score: 0.92,
    },
    {
      key: CURRENT,
      label: /至今|目前在职|仍在职|^在职$|当前在职|现在在职|目前在此工作|仍在进行|进行中/,
      widgets: CHECKBOX,
      score: 0.9,
    },
    {
      key: 'experience.description',
      label: /工作内容|工作描述|工作职责|岗位职责|工作业绩|实习内容|实习描述|工作经历描述|工作成果/,
      score: 0.92,
    },
    // What the person did, in a job or in a project (个人职责 beside 项目描述 is the project's highlights).
    {
      key: {
        experience: 'experience.description',
        projects: 'projects.description',
        none: 'experience.description',
      },
      label:
        /职责描述|主要职责|^职责$|主要工作|个人职责|本人职责|我的职责|担任职责|负责内容|个人贡献|主要贡献/,
      score: 0.92,
    },
    // Projects.
    { key: 'projects.name', label: /项目名称|项目名|^项目$/, score: 0.95 },
    {
      key: 'projects.role',
      label: /项目角色|担任角色|项目职务|项目中的?角色|本人角色|^角色$|你的角色|项目岗位/,
      score: 0.92,
    },
    {
      key: 'projects.description',
      label: /项目描述|项目内容|项目介绍|项目经历|项目简介|项目详情|项目职责|项目成果|项目经验/,
      score: 0.92,
    },
    { key: 'projects.range', label: /项目时间|项目周期|项目起止|项目日期|项目期间/, score: 0.92 },
    { key: 'projects.start', label: /项目开始/, score: 0.95 },
    { key: 'projects.end', label: /项目结束/, score: 0.95 },
    // Meaning depends on the section heading.
    {
      key: START,
      label: /开始(时间|日期|年月|年份|月份)|起始(时间|日期|年月|年份)|^开始$|^起始$|^自$/,
      score: 0.9,
    },
    {
      key: END,
      label:
        /结束(时间|日期|年月|年份|月份)|截止(时间|日期|年月)|终止(时间|日期|年月|年份)|^结束$|^截止$|^终止$/,
      score: 0.9,
    },
    { key: RANGE, label: /起止|时间段|时间范围|^时间$|^日期$|期间|经历时间|^起讫/, score: 0.85 },
    {
      key: DESCRIPTION,
      label: /描述|内容|详情|简介|说明|介绍|经历/,
      not: /公司|企业|单位|行业|学校/,
      score: 0.8,
    },
    { key: ENTRY_NAME, label: /^名称$/, score: 0.88 },
  ],
  deny: [
    { pattern: /紧急/, strong: true },
    { pattern: /推荐人|内推|推荐码|推荐编号|推荐者|介绍人|推荐渠道/, strong: true },
    { pattern: /家庭|父亲|母亲|配偶|亲属|亲友|亲戚|家属|爱人|子女|兄弟|姐妹|父母|监护人/, strong: true },
    { pattern: /证明人|导师|上级|领导|主管|汇报对象|直属|负责人/, strong: true },
    // Someone the applicant names or writes to: 联系人 alone is a contact person, HR and 面试官 the company's.
    { pattern: /联系人|面试官|\bhr\b|招聘(专员|负责人|官)|对接人/, strong: true },
    { pattern: /验证码|校验码|动态码/, unless: /接收|发送|获取|用于/, strong: true },
    // A signature is the user's own act, even where it only asks for their name (本人签名, 签字).
    { pattern: /签名|签字|签章|盖章/, strong: true },
    { pattern: /^(搜索|查找|站内搜索)/, strong: true },
    { pattern: /(岗位|职位|单位)(代码|编号|编码)/ },
    { pattern: /用户名|账号|帐号|登录名|昵称|密码/ },
    { pattern: /期望|意向|薪|工资|待遇|到岗|可入职|最早入职|预计入职|可实习/ },
    { pattern: /性别/ },
    { pattern: /民族/ },
    { pattern: /籍贯|户口|户籍|生源地|出生地|祖籍/ },
    { pattern: /政治面貌|党派|党员|团员/ },
    { pattern: /身份证|证件|护照|签证|国籍/ },
    { pattern: /婚|健康|病史|身高|体重|血型|视力/ },
    { pattern: /年龄|岁数/ },
    { pattern: /宗教|信仰/ },
    { pattern: /地址|住址|地点/, unless: /邮箱|邮件|e-?mail|网|主页|博客|链接|url|github|领英/ },
    { pattern: /应聘|申请(职位|岗位|部门)|投递|报考|报名(职位|岗位)|拟聘|意向(职位|岗位)/ },
    { pattern: /四级|六级|托福|雅思|\bgre\b|\bgmat\b|普通话|等级考试|外语|英语水平|语种|语言/ },
    { pattern: /获奖|奖项|荣誉|证书|资格证|奖学金/ },
    { pattern: /兴趣|爱好/ },
    { pattern: /来源|渠道|从何|获知|了解到|得知/ },
    { pattern: /\bqq/, unless: /邮箱|邮件|mail/ },
    { pattern: /邮编|邮政编码/ },
    // 专业技术职务 is a title a 职称 review confers (讲师, 工程师): neither the major nor the job title.
    { pattern: /职级|级别|层级|职称|专业技术(职务|资格|岗位)|技术职务/ },
    // 备用电话 / 备用邮箱: a second way to reach the applicant; the same one again is no backup.
    { pattern: /备用|备选/ },
    // A landline or a fax is not the mobile the résumé gives (固定电话 named 'telephone' in the markup).
    { pattern: /固定电话|固话|座机|传真|办公电话|单位电话|分机/ },
    { pattern: /原因|理由/ },
    { pattern: /团队规模|下属|管理人数|汇报/ },
    { pattern: /附件|上传|简历文件|粘贴简历/ },
    { pattern: /备注|补充|其他|其它/ },
    {
      pattern: /是否/,
      unless:
        /^(是否)?为?全日制\??$|是否为?(本人)?最高学历|是否(具有|具备|拥有|取得|获得|已取得|已获得).{0,8}(学历|学位)|是否.{0,6}(985|211|双一流)|是否.{0,4}(海外|境外|国外|留学)|^(目前|当前|现在)?是否在职$/,
    },
    { pattern: /学制|非全日制|统招/ },
    // A minor or a double degree is not the entry's major or degree.
    { pattern: /辅修|第二(学位|专业)|双(学位|专业)/ },
    { pattern: /院系|学院/, unless: /学校|大学|院校/ },
    { pattern: /成绩单|课程/ },
  ],
  sections: [
    {
      context: 'posting',
      pattern:
        /任职要求|任职资格|岗位职责|工作职责|岗位要求|职位要求|职位描述|岗位描述|工作内容|职位详情|加分项/,
    },
    // The form's own title ('…公开招聘工作人员报名登记表'): the whole form, not its 工作 section.
    { context: 'personal', pattern: /(报名|登记|申请|应聘|求职|信息|简历)表$/ },
    { context: 'emergency', pattern: /紧急|联系人/ },
    { context: 'reference', pattern: /证明人|推荐人|内推|推荐信|导师|指导(老师|教师)|担保人/ },
    { context: 'family', pattern: /家庭|亲属|亲友|亲戚|家属|父母|社会关系|配偶|监护人/ },
    // 申请信息 / 第二志愿: the postings applied for (志愿者 and 志愿服务 are volunteering, other entries).
    { context: 'intent', pattern: /求职意向|意向|期望|应聘信息|申请信息|职位偏好|志愿(?!者|服务|活动|经历)/ },
    { context: 'payment', pattern: /账单|发票|收货|配送|支付|付款|结算|开票/ },
    { context: 'declaration', pattern: /声明|承诺|隐私|签署|签名|授权书/ },
    {
      context: 'other-entry',
      pattern:
        /获奖|奖项|荣誉|证书|资格|培训|校园|在校经历|在校职务|社团|学生会|学生干部|学生工作|班干部|语言|外语|论文|专利|发表|作品|志愿|社会实践|活动|竞赛|科研|兴趣|特长/,
    },
    { context: 'projects', pattern: /项目/ },
    { context: 'education', pattern: /教育|学历|学习经历|就读/ },
    { context: 'experience', pattern: /工作|实习|职业|任职|从业|经历/ },
    { context: 'personal', pattern: /基本信息|个人信息|基础信息|联系方式|联系信息|个人资料|基本资料/ },
  ],
  anchors: {
    education: /学校|院校|专业|学历|学位|绩点/,
    experience: /公司|单位|雇主|部门|入职|离职/,
    projects: /项目/,
  },
};
