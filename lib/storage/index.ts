// The extension's only door to browser.storage. Importing and exporting (which need the résumé parser)
// are in ./import so the content script does not bundle the parser.
export type { Profile, Settings, ImportOptions } from './types';
export { DEFAULT_SETTINGS } from './types';
export {
  listProfiles,
  getProfile,
  watchProfiles,
  setActiveProfile,
  renameProfile,
  deleteProfile,
} from './profiles';
export { getSettings, updateSettings, watchSettings } from './settings';
export { getOverrides, setOverride, watchOverrides } from './overrides';
export { resolveResume, resolveResumeForPage, type ResolvedResume } from './resolve';
export { getLastReport, setLastReport } from './reports';
export { deleteAllData } from './delete-all';
export {
  getAnswers,
  setAnswer,
  removeAnswer,
  mergeAnswers,
  watchAnswers,
  answerBookForFill,
  type AnswerPatch,
} from './answers';
export {
  getAttachments,
  setAttachment,
  removeAttachment,
  watchAttachments,
  AttachmentTooLargeError,
} from './attachments';
