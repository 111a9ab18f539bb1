export {
  createNotifyService,
  type BilingualText,
  type NotificationView,
  type NotifyDeps,
  type NotifyMessage,
  type NotifyResult,
  type NotifyService,
  type SmtpConfig,
} from './service.ts';
export { registerNotifyRoutes } from './routes.ts';
