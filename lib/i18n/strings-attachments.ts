// UI strings of the Attachments section (options page), in their own block: strings-zh.ts / strings-en.ts
// spread these in, so the key check covers them.
export const attachmentsZh = {
  attachmentsTitle: '附件',
  attachmentsHint:
    '当前简历配套的文件：填写网申时自动放进网页里的“上传简历 / 求职信 / 成绩单”。文件只保存在本机浏览器，不会上传到任何服务器。每个文件最大 {limit}。',
  attachmentsFor: '属于：{profile}',
  attachmentKindResume: '简历文件',
  attachmentKindCoverLetter: '求职信',
  attachmentKindTranscript: '成绩单',
  attachmentsChoose: '选择文件',
  attachmentsReplace: '更换',
  attachmentsRemove: '删除',
  attachmentsNone: '未添加',
  attachmentsTooLarge: '“{name}”有 {size}，超过每个文件 {limit} 的上限，未保存。',
  attachmentsSaveFailed: '“{name}”未能保存：{reason}',
};

export const attachmentsEn: Record<keyof typeof attachmentsZh, string> = {
  attachmentsTitle: 'Attachments',
  attachmentsHint:
    'Files that go with this résumé: a fill puts them into the page’s “Upload résumé / Cover letter / Transcript” boxes. They stay in this browser and are never uploaded anywhere else. At most {limit} per file.',
  attachmentsFor: 'For: {profile}',
  attachmentKindResume: 'Résumé file',
  attachmentKindCoverLetter: 'Cover letter',
  attachmentKindTranscript: 'Transcript',
  attachmentsChoose: 'Choose file',
  attachmentsReplace: 'Replace',
  attachmentsRemove: 'Remove',
  attachmentsNone: 'None',
  attachmentsTooLarge: '“{name}” is {size}, over the {limit} limit per file: not kept.',
  attachmentsSaveFailed: '“{name}” could not be kept: {reason}',
};
