// /office/appeals/settings — 接诉即办规则: the hotline's limits per kind and urgency, the sign-for/return/extension
// rules, the repeat window, 三率's weights (a live sum that must be 100%) and the smallest sample a unit is ranked
// on, in cards, each field with its default. The office and administrators change them with the version they read
// (a stale one says so and offers to reload); leaders and the seats read them.
import { ReloadOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Progress, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_LABELS, type Kind } from '../../../../../common/appeals/vocabulary.ts';
import { getAppealSettings, saveAppealSettings, type AppealSettingsView } from '../../../api/appeals-config.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { APPEAL_RULES_EDITORS } from './access.ts';
import {
  DEFAULT_FORM,
  RULE_FIELDS,
  RULE_GROUPS,
  fieldFits,
  routeProblems,
  settingsFromForm,
  settingsToForm,
  valueAt,
  weightsAddUp,
  weightsTotal,
  type RuleField,
  type SettingsForm,
} from './settingsForm.ts';
import './admin.css';

const P = 'appealConfig.settings';

/** The words of each field but the kinds (whose words are the vocabulary's), and the hints under some. */
const LABELS: Record<string, `appealConfig.settings.fields.${'urgentHours' | 'utilityHours' | 'dishonestyDays' | 'signDays' | 'returnDays' | 'maxExtensionDays' | 'callbackDays' | 'repeatWindowDays' | 'minSample' | `weights.${'response' | 'resolution' | 'satisfaction'}`}` | undefined> = {
  urgentHours: 'appealConfig.settings.fields.urgentHours',
  utilityHours: 'appealConfig.settings.fields.utilityHours',
  dishonestyDays: 'appealConfig.settings.fields.dishonestyDays',
  signDays: 'appealConfig.settings.fields.signDays',
  returnDays: 'appealConfig.settings.fields.returnDays',
  maxExtensionDays: 'appealConfig.settings.fields.maxExtensionDays',
  callbackDays: 'appealConfig.settings.fields.callbackDays',
  repeatWindowDays: 'appealConfig.settings.fields.repeatWindowDays',
  minSample: 'appealConfig.settings.fields.minSample',
  'weights.response': 'appealConfig.settings.fields.weights.response',
  'weights.resolution': 'appealConfig.settings.fields.weights.resolution',
  'weights.satisfaction': 'appealConfig.settings.fields.weights.satisfaction',
};
const HINTS: Record<string, `appealConfig.settings.hints.${'dishonestyDays' | 'signDays' | 'returnDays' | 'maxExtensionDays' | 'callbackDays' | 'repeatWindowDays' | 'minSample' | 'response' | 'resolution' | 'satisfaction'}` | undefined> = {
  dishonestyDays: 'appealConfig.settings.hints.dishonestyDays',
  signDays: 'appealConfig.settings.hints.signDays',
  returnDays: 'appealConfig.settings.hints.returnDays',
  maxExtensionDays: 'appealConfig.settings.hints.maxExtensionDays',
  callbackDays: 'appealConfig.settings.hints.callbackDays',
  repeatWindowDays: 'appealConfig.settings.hints.repeatWindowDays',
  minSample: 'appealConfig.settings.hints.minSample',
  'weights.response': 'appealConfig.settings.hints.response',
  'weights.resolution': 'appealConfig.settings.hints.resolution',
  'weights.satisfaction': 'appealConfig.settings.hints.satisfaction',
};

export function SettingsPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const editable = APPEAL_RULES_EDITORS.some((role) => roles.has(role));
  const settings = useRemote(useCallback((signal: AbortSignal) => getAppealSettings(signal), []));
  const [conflict, setConflict] = useState<string | null>(null);
  const data = settings.data;
  const reload = () => {
    setConflict(null);
    settings.reload();
  };
  return (
    <div data-testid="appeal-settings-page">
      <PageHeader
        title={t('appealConfig.menu.settings')}
        description={t(`${P}.description`)}
        extra={
          <>
            {data && (
              <Tag style={{ marginInlineEnd: 0, alignSelf: 'center' }} data-testid="appeal-settings-version">
                {data.version === 0 ? t(`${P}.defaults`) : t(`${P}.version`, { version: data.version })}
              </Tag>
            )}
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {!editable && data && <Alert type="info" showIcon message={t(`${P}.readOnly`)} style={{ marginBottom: 16 }} data-testid="appeal-settings-read-only" />}
      {settings.error && !settings.loading ? (
        <LoadError error={settings.error} onRetry={settings.reload} />
      ) : !data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        // A new version (saved here, or reloaded after a conflict) starts the form again from what the server holds.
        <RulesForm key={data.version} view={data} editable={editable} conflict={conflict} onReload={reload} onStale={setConflict} />
      )}
    </div>
  );
}

interface RulesFormProps {
  view: AppealSettingsView;
  editable: boolean;
  /** The server's words when a save met a newer version, shown by the save bar with a way to reload. */
  conflict: string | null;
  /** Reads the rules again (after a save, or to leave a conflict). */
  onReload: () => void;
  onStale: (message: string) => void;
}

function RulesForm({ view, editable, conflict, onReload, onStale }: RulesFormProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsForm>();
  const initial = useMemo(() => settingsToForm(view.rules), [view.rules]);
  const watched = Form.useWatch([], form) as Partial<SettingsForm> | undefined;
  const current: Partial<SettingsForm> = watched && Object.keys(watched).length > 0 ? watched : initial;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sumProblems, setSumProblems] = useState<string[]>([]);
  const dirty = RULE_FIELDS.some((f) => valueAt(current, f.key) !== valueAt(initial, f.key));
  const atDefaults = RULE_FIELDS.every((f) => valueAt(current, f.key) === valueAt(DEFAULT_FORM, f.key));
  const total = weightsTotal(current.weights);
  const sumOk = weightsAddUp(current.weights);

  const unitWord = (unit: RuleField['unit']) => t(`${P}.units.${unit}`);
  const label = (f: RuleField): string => {
    const [head, tail] = f.key.split('.');
    if (head === 'kindDays') return i18n.language === 'en' ? KIND_LABELS[tail as Kind].en : KIND_LABELS[tail as Kind].zh;
    const key = LABELS[f.key];
    return key ? t(key) : f.key;
  };
  const hintOf = (f: RuleField): string | null => {
    const key = HINTS[f.key];
    return key ? t(key) : null;
  };

  const input = (f: RuleField) => {
    const fallback = valueAt(DEFAULT_FORM, f.key) as number;
    const hint = hintOf(f);
    const extra = (
      <>
        {hint && <span className="ys-break">{hint}</span>}
        {hint && ' · '}
        <span data-testid={`appeal-rule-default-${f.key}`}>{t(`${P}.defaultValue`, { value: `${fallback}${f.unit === 'percent' ? '%' : ` ${unitWord(f.unit)}`}` })}</span>
      </>
    );
    const error = f.unit === 'percent' ? t(`${P}.rangePercent`) : t(`${P}.range`, { min: f.min, max: f.max });
    return (
      <Form.Item
        key={f.key}
        name={f.name}
        label={label(f)}
        extra={extra}
        rules={[{ validator: (_, value: unknown) => (fieldFits(f, value) ? Promise.resolve() : Promise.reject(new Error(error))) }]}
      >
        <InputNumber
          min={f.min}
          max={f.max}
          step={1}
          precision={f.integer ? 0 : undefined}
          suffix={f.unit === 'percent' ? '%' : unitWord(f.unit)}
          style={{ width: '100%' }}
          data-testid={`appeal-rule-${f.key}`}
        />
      </Form.Item>
    );
  };

  async function save(values: SettingsForm) {
    setFailure(null);
    setSumProblems([]);
    if (!weightsAddUp(values.weights)) {
      void message.error(t(`${P}.sumBad`, { total: weightsTotal(values.weights) }));
      return;
    }
    setBusy(true);
    try {
      await saveAppealSettings({ version: view.version, rules: settingsFromForm(values) });
      void message.success(t(`${P}.saved`));
      onReload();
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(t(`${P}.conflict`));
        onStale(error.userMessage);
        return;
      }
      if (isApiError(error) && error.errors.length > 0) {
        const routed = routeProblems(error.errors);
        form.setFields(routed.fields as Parameters<typeof form.setFields>[0]);
        setSumProblems(routed.weights);
        setFailure(routed.other.length > 0 ? [error.title, ...routed.other].join('；') : null);
        void message.error(error.title);
      } else {
        setFailure(isApiError(error) ? error.userMessage : String(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initial}
      disabled={!editable}
      onFinish={(values) => void save(values)}
      onFinishFailed={() => void message.error(t(`${P}.fixFirst`))}
      data-testid="appeal-settings-form"
    >
      <div className="ys-appeal-config-cards">
        <Section title={t(`${P}.cards.limits`)} wide testId="appeal-settings-limits">
          <Typography.Paragraph type="secondary" className="ys-break">
            {t(`${P}.cards.limitsHint`)}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t(`${P}.cards.kinds`)}</Typography.Title>
          <div className="ys-appeal-config-fields ys-appeal-config-kinds">{RULE_GROUPS.kinds.map(input)}</div>
          <Typography.Title level={5}>{t(`${P}.cards.urgency`)}</Typography.Title>
          <div className="ys-appeal-config-fields">{RULE_GROUPS.urgency.map(input)}</div>
        </Section>
        <Section title={t(`${P}.cards.handling`)} testId="appeal-settings-handling">
          <div className="ys-appeal-config-fields">{RULE_GROUPS.handling.map(input)}</div>
        </Section>
        <Section title={t(`${P}.cards.repeats`)} testId="appeal-settings-repeats">
          <div className="ys-appeal-config-fields">{RULE_GROUPS.repeats.map(input)}</div>
        </Section>
        <Section title={t(`${P}.cards.weights`)} testId="appeal-settings-weights">
          <Typography.Paragraph type="secondary" className="ys-break">
            {t(`${P}.hints.weights`)}
          </Typography.Paragraph>
          <div className="ys-appeal-config-fields">{RULE_GROUPS.weights.map(input)}</div>
          <div className="ys-appeal-config-sum" data-testid="appeal-settings-sum" data-ok={sumOk}>
            <Progress percent={Math.min(total, 100)} status={sumOk ? 'success' : 'exception'} format={() => t(`${P}.sum`, { total })} />
            {sumOk ? (
              <Typography.Text type="success">{t(`${P}.sumOk`)}</Typography.Text>
            ) : (
              <Typography.Text type="danger" role="alert" data-testid="appeal-settings-sum-error">
                {t(`${P}.sumBad`, { total })}
              </Typography.Text>
            )}
            {sumProblems.map((text) => (
              <Typography.Text key={text} type="danger" className="ys-break" style={{ display: 'block' }}>
                {text}
              </Typography.Text>
            ))}
          </div>
        </Section>
        <Section title={t(`${P}.cards.sample`)} testId="appeal-settings-sample">
          <div className="ys-appeal-config-fields">{RULE_GROUPS.sample.map(input)}</div>
        </Section>
      </div>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginTop: 16 }} role="alert" data-testid="appeal-settings-failure" />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          message={<span className="ys-break">{conflict}</span>}
          description={<span className="ys-break">{t(`${P}.conflictHint`)}</span>}
          action={
            // Outside the form's disabled state and its submit: a plain button that reads the rules again.
            <Button size="small" type="primary" htmlType="button" onClick={onReload} data-testid="appeal-settings-reload">
              {t(`${P}.reload`)}
            </Button>
          }
          style={{ marginTop: 16 }}
          data-testid="appeal-settings-conflict"
        />
      )}
      {editable && (
        <div className="ys-appeal-config-actions">
          {dirty && <Tag color="orange">{t(`${P}.unsaved`)}</Tag>}
          <Flex gap="small" wrap justify="flex-end" style={{ marginInlineStart: 'auto' }}>
            <Button
              icon={<RollbackOutlined />}
              disabled={busy || atDefaults}
              onClick={() => {
                form.setFieldsValue(structuredClone(DEFAULT_FORM));
                void form.validateFields().catch(() => undefined);
                void message.info(t(`${P}.restoredHint`));
              }}
              data-testid="appeal-settings-defaults"
            >
              {t(`${P}.restoreDefaults`)}
            </Button>
            <Button icon={<UndoOutlined />} disabled={busy || !dirty} onClick={() => form.resetFields()} data-testid="appeal-settings-undo">
              {t(`${P}.undo`)}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy} disabled={!dirty} data-testid="appeal-settings-save">
              {t('common.save')}
            </Button>
          </Flex>
        </div>
      )}
    </Form>
  );
}

function Section({ title, wide, testId, children }: { title: string; wide?: boolean; testId: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} className={wide ? 'ys-appeal-config-wide' : undefined} data-testid={testId}>
      {children}
    </Card>
  );
}
