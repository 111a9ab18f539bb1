// 规则设置: the rules the lights, the half-time check and the packs are counted by — 临期预警 (amber when less than
// this share of the time is left), 时间过半 / 任务过半, and 未报送提醒 (working days without a report). The office and
// administrators change them with the version they read (a stale one shows the conflict and reloads); leaders read.
import { Alert, App, Button, Card, Flex, Form, InputNumber, Skeleton, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettings, saveSettings, type SettingsView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { RULE_BOUNDS, ruleFieldOfPath, ruleValueFits, rulesFromForm, rulesToForm, sameRules, type RulesForm } from './rules.ts';
import { problemKind, showSaveProblem, staleMessage } from './saveProblem.ts';

const FIELDS = [
  { name: 'amberPercent', label: 'ledger.rules.amber', hint: 'ledger.rules.amberHint', unit: 'percent' },
  { name: 'halfTimePercent', label: 'ledger.rules.halfTime', hint: 'ledger.rules.halfTimeHint', unit: 'percent' },
  { name: 'halfTaskPercent', label: 'ledger.rules.halfTask', hint: 'ledger.rules.halfTaskHint', unit: 'percent' },
  { name: 'silentWorkingDays', label: 'ledger.rules.silent', hint: 'ledger.rules.silentHint', unit: 'days' },
] as const satisfies readonly { name: keyof RulesForm; label: string; hint: string; unit: 'percent' | 'days' }[];

export function RulesPanel({ writer }: { writer: boolean }) {
  const { t } = useTranslation();
  const settings = useRemote(useCallback((signal: AbortSignal) => getSettings(signal), []));
  const [conflict, setConflict] = useState<string | null>(null);
  const data = settings.data;
  return (
    <Card
      size="small"
      title={t('ledger.rules.title')}
      extra={data && <Tag style={{ marginInlineEnd: 0 }}>{data.version === 0 ? t('ledger.rules.defaults') : t('ledger.rules.version', { version: data.version })}</Tag>}
      data-testid="ledger-rules"
    >
      <p className="ys-muted" style={{ marginTop: 0 }}>
        {t('ledger.rules.description')}
      </p>
      {conflict && (
        <Alert type="warning" showIcon closable onClose={() => setConflict(null)} message={conflict} description={t('ledger.rules.reloaded')} className="ys-break" style={{ marginBottom: 12 }} data-testid="ledger-rules-conflict" />
      )}
      {settings.error && !settings.loading ? (
        <LoadError error={settings.error} onRetry={settings.reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : writer ? (
        // A new version (saved here, or reloaded after a conflict) starts the form again from what the server holds.
        <RulesEditor
          key={data.version}
          settings={data}
          onSaved={() => {
            setConflict(null);
            settings.reload();
          }}
          onStale={(message) => {
            setConflict(message);
            settings.reload();
          }}
        />
      ) : (
        <RulesReadOnly settings={data} />
      )}
    </Card>
  );
}

function Summary({ form }: { form: RulesForm }) {
  const { t } = useTranslation();
  return (
    <div className="ys-ledger-rules-summary ys-break" data-testid="ledger-rules-summary">
      {t('ledger.rules.summary', { amber: form.amberPercent, halfTime: form.halfTimePercent, halfTask: form.halfTaskPercent, days: form.silentWorkingDays })}
    </div>
  );
}

function RulesReadOnly({ settings }: { settings: SettingsView }) {
  const { t } = useTranslation();
  const form = rulesToForm(settings.rules);
  return (
    <>
      <dl className="ys-ledger-rules" data-testid="ledger-rules-read">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <dt>{t(f.label)}</dt>
            <dd>
              <strong className="ys-code">{f.unit === 'percent' ? `${form[f.name]}%` : t('ledger.rules.days', { count: form[f.name] })}</strong>
              <div className="ys-muted ys-ledger-small">{t(f.hint)}</div>
            </dd>
          </div>
        ))}
      </dl>
      <Summary form={form} />
      <Alert type="info" showIcon message={t('ledger.rules.readOnly')} style={{ marginTop: 12 }} />
    </>
  );
}

function RulesEditor({ settings, onSaved, onStale }: { settings: SettingsView; onSaved: () => void; onStale: (message: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RulesForm>();
  const initial = rulesToForm(settings.rules);
  const watched = Form.useWatch([], form) as Partial<RulesForm> | undefined;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const current = { ...initial, ...watched };
  const valid = FIELDS.every((f) => ruleValueFits(f.name, current[f.name]));
  const changed = valid && !sameRules(rulesFromForm(current), settings.rules);
  const touched = FIELDS.some((f) => current[f.name] !== initial[f.name]);

  async function save(values: RulesForm) {
    setBusy(true);
    setFailure(null);
    try {
      await saveSettings({ version: settings.version, rules: rulesFromForm(values) });
      void message.success(t('ledger.rules.saved'));
      onSaved();
    } catch (error) {
      const kind = problemKind(error);
      if (kind === 'session') return;
      if (kind === 'stale') {
        onStale(staleMessage(error) ?? t('common.versionConflict'));
        return;
      }
      // Field errors name the shares (`body.rules.amberShare`); the form holds percentages under other names.
      setFailure(showSaveProblem(form, error, { fieldOf: ruleFieldOfPath }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={(values) => void save(values)}>
      <div className="ys-ledger-form-pair">
        {FIELDS.map((f) => {
          const { min, max } = RULE_BOUNDS[f.name];
          return (
            <Form.Item
              key={f.name}
              name={f.name}
              label={t(f.label)}
              extra={t(f.hint)}
              rules={[{ validator: (_, value: unknown) => (ruleValueFits(f.name, value) ? Promise.resolve() : Promise.reject(new Error(t(f.unit === 'days' ? 'ledger.rules.wholeDays' : 'ledger.rules.range', { min, max })))) }]}
            >
              <InputNumber
                min={min}
                max={max}
                step={1}
                precision={f.unit === 'days' ? 0 : undefined}
                addonAfter={f.unit === 'percent' ? '%' : t('ledger.rules.workingDays')}
                style={{ width: '100%' }}
                data-testid={`ledger-rule-${f.name}`}
              />
            </Form.Item>
          );
        })}
      </div>
      {valid && <Summary form={current} />}
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginTop: 12 }} />}
      <Flex gap="small" wrap justify="flex-end" style={{ marginTop: 12 }}>
        <Button onClick={() => form.resetFields()} disabled={busy || !touched}>
          {t('ledger.rules.reset')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!changed} data-testid="ledger-rules-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
