// Test set-up for 好差评: the applications test app, and finished applications of qiye's to rate, ended
// at a chosen instant through the real services (submit → 即办 → 送达 → the `application.ended` event).
import { pdfBytes } from '../../test/file-samples.ts';
import { createApplicationsTestApp, foodForm, principalOf, sender, type ApplicationsTestApp } from '../../test/applications-factories.ts';

export { principalOf, sender, type ApplicationsTestApp };
export const createEvaluationsTestApp = createApplicationsTestApp;

const actor = (id: string) => ({ type: 'user' as const, id });

/** Monday 2026-03-02 10:00 Shanghai; no holidays in the weeks after. */
export const MONDAY = new Date('2026-03-02T02:00:00Z');
export const dayAfter = (n: number, from = MONDAY) => new Date(from.getTime() + n * 86_400_000);

/** qiye's on-the-spot application, submitted, granted and delivered at `at`; returns its id. */
export async function finishedApplication(t: ApplicationsTestApp, at: Date): Promise<string> {
  const qiye = await principalOf(t, 'qiye');
  const upload = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: { ...t.browsers.qiye.headers(true), 'content-type': 'application/pdf' }, payload: pdfBytes() });
  const id = await t.services.applications.drafts.create(actor(qiye.userId!), qiye, {
    itemCode: t.spot.code,
    channel: 'online',
    uscc: t.uscc,
    formData: foodForm(t.uscc),
    materials: [{ key: 'application', fileIds: [upload.json().id as string], paper: false }],
    commitment: false,
    delivery: 'electronic',
  });
  await t.services.applications.submit(actor(qiye.userId!), qiye, id, 1, at);
  const approver = await principalOf(t, 'approver');
  for (const action of ['approveOnSpot', 'deliver']) {
    const d = await t.services.applications.queries.detail(approver, id, at);
    await t.services.applications.act(actor(approver.userId!), approver, id, { action, version: d.version } as never, at);
  }
  return id;
}
