// 坐席受理台: a call taken in under a minute. The form (IntakeFields) on the left; beside it the caller's earlier
// tickets, the dispatch proposal for the category and area, and the knowledge base searched as the title is typed
// (直接答复 closes the ticket on the call). Saving opens the new ticket (受理并派单: with its dispatch dialog open).
// Below, the hotline's own queue: 待派单, 退单待审, 待回访.
import { ClearOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Row } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createTicket, listCategories, lookupCaller, type CallerReply, type KnowledgeHit } from '../../../api/appeals.ts';
import { isSessionEnded } from '../../../api/client.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { CallerHistory, ProposalCard } from './ConsoleAside.tsx';
import { HotlineQueue } from './HotlineQueue.tsx';
import { categoryDefaults, ticketBodyOf, type IntakeValues } from './intake.ts';
import { IntakeFields } from './IntakeFields.tsx';
import { KnowledgePanel } from './KnowledgePanel.tsx';
import { ticketPath } from './labels.ts';
import '../../applications/staff/work.css';
import './appeals.css';

const INITIAL: Partial<IntakeValues> = { channel: 'phone', confidential: false };

export function HotlinePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const [busy, setBusy] = useState<'save' | 'dispatch' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [caller, setCaller] = useState<{ phone: string; reply?: CallerReply; error?: unknown } | null>(null);
  const categories = useRemote(useCallback((signal: AbortSignal) => listCategories(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const title = Form.useWatch('title', form) ?? '';
  const areaCode = Form.useWatch('areaCode', form);
  const channel = Form.useWatch('channel', form) ?? 'phone';
  const categoryCode = Form.useWatch('categoryCode', form);

  const lookUp = (phone: string) => {
    if (caller?.phone === phone && !caller.error) return;
    setCaller({ phone });
    lookupCaller(phone).then(
      (reply) => setCaller((c) => (c?.phone === phone ? { phone, reply } : c)),
      (error: unknown) => setCaller((c) => (c?.phone === phone ? { phone, error } : c)),
    );
  };

  /** Files the ticket; resolves with its id, or rejects with what the seat must fix (shown on the form too). */
  async function file(directAnswer?: { answer: string; knowledgeId?: string }): Promise<string> {
    let values: IntakeValues;
    try {
      values = await form.validateFields();
    } catch {
      throw new Error(t('appealWork.intake.completeFirst'));
    }
    const built = ticketBodyOf(values, directAnswer, categoryDefaults(categories.data?.categories ?? [], values.categoryCode));
    if ('problem' in built) {
      const text = t(`appealWork.intake.problems.${built.problem}`);
      if (built.field) form.setFields([{ name: built.field, errors: [text] }]);
      throw new Error(text);
    }
    try {
      const created = await createTicket(built.body);
      void message.success(directAnswer ? t('appealWork.intake.answered', { number: created.number }) : t('appealWork.intake.saved', { number: created.number }));
      return created.id;
    } catch (error) {
      if (isSessionEnded(error)) throw error;
      const rest = applyProblem(form, error);
      throw new Error(rest ?? t('appealWork.intake.fixFields'));
    }
  }

  const save = async (mode: 'save' | 'dispatch') => {
    setBusy(mode);
    setFailure(null);
    try {
      const id = await file();
      void navigate(`${ticketPath(id)}${mode === 'dispatch' ? '?act=dispatch' : ''}`);
    } catch (error) {
      if (!isSessionEnded(error)) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const answer = async (text: string, hit: KnowledgeHit) => {
    setFailure(null);
    const id = await file({ answer: text, knowledgeId: hit.id });
    void navigate(ticketPath(id));
  };

  const reset = () => {
    form.resetFields();
    setCaller(null);
    setFailure(null);
  };

  return (
    <div data-testid="hotline-page">
      <PageHeader title={t('appealWork.menu.hotline')} description={t('appealWork.hotline.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14} xl={15}>
          <Card>
            <Form form={form} layout="vertical" initialValues={INITIAL} requiredMark="optional" data-testid="intake-form">
              <IntakeFields form={form} categories={categories.data?.categories ?? []} departments={departments.data?.departments ?? []} departmentsLoading={departments.loading} onPhoneLookup={lookUp} />
              {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginBottom: 12 }} data-testid="intake-error" />}
              <Flex gap="small" wrap justify="flex-end">
                <Button icon={<ClearOutlined />} onClick={reset} disabled={busy !== null}>
                  {t('appealWork.intake.reset')}
                </Button>
                <Button onClick={() => void save('save')} loading={busy === 'save'} disabled={busy === 'dispatch'} data-testid="intake-submit">
                  {t('appealWork.intake.save')}
                </Button>
                <Button type="primary" onClick={() => void save('dispatch')} loading={busy === 'dispatch'} disabled={busy === 'save' || channel === 'dishonesty'} data-testid="intake-submit-dispatch">
                  {t('appealWork.intake.saveAndDispatch')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10} xl={9}>
          <Flex vertical gap={12}>
            {caller && <CallerHistory phone={caller.phone} reply={caller.reply} loading={!caller.reply && caller.error === undefined} error={caller.error} />}
            {channel !== 'dishonesty' && <ProposalCard categoryCode={categoryCode} areaCode={areaCode} departments={departments.data?.departments ?? []} />}
            <KnowledgePanel text={title} categoryCode={categoryCode} canAnswer={channel !== 'dishonesty'} onAnswer={answer} />
          </Flex>
        </Col>
      </Row>
      <HotlineQueue />
    </div>
  );
}
