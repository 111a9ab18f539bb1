export {
  AppError,
  errorCodes,
  notFound,
  validationFailed,
  versionConflict,
  type ErrorCode,
  type FieldError,
  type LocalizedText,
} from './app-error.ts';
export { pickLang, registerErrorHandling, routeNotFound, toProblem, type Lang, type Problem } from './handler.ts';
export { splitMessage, zodIssuesToFields } from './zod-messages.ts';
