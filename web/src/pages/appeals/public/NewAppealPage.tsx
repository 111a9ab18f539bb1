// /my/appeals/new — 我要反映: category (two levels, searchable), kind, district and address (with the browser's
// location, optional), title, content, up to nine photos, a phone for the callback, and the two privacy
// switches; sent as one request, then on to the ticket's page with its 工单编号. Phone first: one column.
import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Skeleton, Switch, TreeSelect } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_UPLOAD_BYTES, MIB } from '../../../../../common/api/files.ts';
import { KIND_LABELS, KINDS, type Kind } from '../../../../../common/appeals/vocabulary.ts';
import { fileAppeal, listAppealCategories } from '../../../api/appeals-public.ts';
import { isApiError } from '../../../api/client.ts';
import { listRegions } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import {
  categoryMatches,
  categoryTree,
  channelFor,
  checkForm,
  CONTENT_MAX,
  districtsOf,
  emptyForm,
  MAX_PHOTOS,
  requestBody,
  suggestedKind,
  TITLE_MAX,
  type AppealFormValues,
  type CategoryNode,
  type Field,
  type Problem,
} from './form.ts';
import { LocationField } from './LocationField.tsx';
import { appealPath, langOf, serverFieldOf } from './paths.ts';
import { PhotoPicker, type PickedPhoto } from './PhotoPicker.tsx';
import './appeals-public.css';

type Values = Omit<AppealFormValues, 'photos'> & { photos: PickedPhoto[] };

export function NewAppealPage() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const narrow = useNarrow();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const lists = useRemote(
    useCallback((signal: AbortSignal) => Promise.all([listAppealCategories(signal), listRegions(signal)]), []),
  );
  const categories = useMemo(() => lists.data?.[0].categories ?? [], [lists.data]);
  const tree = useMemo(() => categoryTree(categories, lang), [categories, lang]);
  const districts = useMemo(() => districtsOf(lists.data?.[1].regions ?? []), [lists.data]);

  const [values, setValues] = useState<Values>(() => ({ ...emptyForm(), photos: [] }));
  const [kindTouched, setKindTouched] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field | 'location' | 'photos', string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (next: Partial<Values>) => {
    setValues((v) => ({ ...v, ...next }));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in next) && !(key === 'location' && 'point' in next))));
  };

  const problems = tried ? checkForm(values) : {};
  const problemText = (problem: Problem | undefined, choice = false) =>
    problem === 'required' ? t(choice ? 'appealsPublic.form.problems.requiredChoice' : 'appealsPublic.form.problems.required') : problem ? t(`appealsPublic.form.problems.${problem}`) : undefined;
  const help = (field: Field, choice = false) => serverErrors[field] ?? problemText(problems[field], choice);
  const status = (field: Field) => (help(field) ? ('error' as const) : undefined);

  async function submit() {
    setTried(true);
    setFailure(null);
    if (Object.keys(checkForm(values)).length > 0) {
      void message.error(t('appealsPublic.form.fixErrors'));
      return;
    }
    setBusy(true);
    try {
      const created = await fileAppeal(requestBody(values, channelFor(narrow)));
      void navigate(`${appealPath(created.id)}?filed=1`);
    } catch (error) {
      if (isApiError(error)) {
        const byField: typeof serverErrors = {};
        for (const e of error.errors) {
          const field = serverFieldOf(e.path);
          if (field) byField[field] ??= e.message;
        }
        setServerErrors(byField);
        setFailure(Object.keys(byField).length ? t('appealsPublic.form.fixErrors') : error.userMessage);
      } else {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  }

  if (lists.error && !lists.loading) return <LoadError error={lists.error} onRetry={lists.reload} />;
  return (
    <div className="ys-appeal-page" data-testid="appeal-new-page">
      <PageHeader title={t('appealsPublic.form.title')} description={t('appealsPublic.form.description')} />
      {!lists.data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <Card className="ys-appeal-card">
          <Form layout="vertical" onFinish={() => void submit()} requiredMark disabled={busy} data-testid="appeal-form">
            <Form.Item label={t('appealsPublic.form.category')} required validateStatus={status('categoryCode')} help={help('categoryCode', true)} htmlFor="appeal-category">
              <TreeSelect<string>
                id="appeal-category"
                value={values.categoryCode}
                onChange={(code) => set({ categoryCode: code, kind: suggestedKind(categories, code, values.kind, kindTouched) })}
                treeData={tree}
                fieldNames={{ label: 'title', value: 'value', children: 'children' }}
                showSearch
                filterTreeNode={(typed, node) => categoryMatches(node as unknown as CategoryNode, typed)}
                treeDefaultExpandAll={!narrow}
                placeholder={t('appealsPublic.form.categoryPlaceholder')}
                notFoundContent={t('appealsPublic.form.categoryEmpty')}
                listHeight={narrow ? 320 : 400}
                popupMatchSelectWidth
                status={status('categoryCode')}
                data-testid="appeal-category"
              />
            </Form.Item>
            <Form.Item label={t('appealsPublic.form.kind')} required validateStatus={status('kind')} help={help('kind', true)}>
              <Radio.Group
                value={values.kind}
                onChange={(event) => {
                  setKindTouched(true);
                  set({ kind: event.target.value as Kind });
                }}
                optionType="button"
                className="ys-appeal-kinds"
                options={KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind][lang] }))}
                data-testid="appeal-kind"
              />
            </Form.Item>
            <Form.Item label={t('appealsPublic.form.district')} required validateStatus={status('areaCode')} help={help('areaCode', true)} htmlFor="appeal-district">
              <Select<string>
                id="appeal-district"
                value={values.areaCode}
                onChange={(areaCode) => set({ areaCode })}
                placeholder={t('appealsPublic.form.districtPlaceholder')}
                options={districts.map((d) => ({ value: d.code, label: lang === 'en' && d.nameEn ? d.nameEn : d.name }))}
                status={status('areaCode')}
                data-testid="appeal-district"
              />
            </Form.Item>
            <Form.Item
              label={t('appealsPublic.form.address')}
              validateStatus={status('address') ?? (serverErrors.location ? 'error' : undefined)}
              help={help('address') ?? serverErrors.location}
              htmlFor="appeal-address"
            >
              <LocationField
                address={values.address}
                point={values.point}
                onAddress={(address) => set({ address })}
                onPoint={(point) => set({ point })}
                status={status('address')}
                disabled={busy}
              />
            </Form.Item>
            <Form.Item label={t('appealsPublic.form.titleLabel')} required validateStatus={status('title')} help={help('title')} htmlFor="appeal-title">
              <Input
                id="appeal-title"
                value={values.title}
                onChange={(event) => set({ title: event.target.value })}
                placeholder={t('appealsPublic.form.titlePlaceholder')}
                maxLength={TITLE_MAX}
                showCount
                data-testid="appeal-title"
              />
            </Form.Item>
            <Form.Item label={t('appealsPublic.form.content')} required validateStatus={status('content')} help={help('content')} htmlFor="appeal-content">
              <Input.TextArea
                id="appeal-content"
                value={values.content}
                onChange={(event) => set({ content: event.target.value })}
                placeholder={t('appealsPublic.form.contentPlaceholder')}
                autoSize={{ minRows: 4, maxRows: 12 }}
                maxLength={CONTENT_MAX}
                showCount
                data-testid="appeal-content"
              />
            </Form.Item>
            <Form.Item
              label={t('appealsPublic.form.photos')}
              extra={t('appealsPublic.form.photosHint', { max: MAX_PHOTOS, size: MAX_UPLOAD_BYTES / MIB })}
              validateStatus={serverErrors.photos ? 'error' : undefined}
              help={serverErrors.photos}
            >
              <PhotoPicker photos={values.photos} onChange={(photos) => set({ photos })} disabled={busy} />
            </Form.Item>
            <Form.Item label={t('appealsPublic.form.phone')} validateStatus={status('phone')} help={help('phone')} extra={t('appealsPublic.form.phoneHint')} htmlFor="appeal-phone">
              <Input
                id="appeal-phone"
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                value={values.phone}
                onChange={(event) => set({ phone: event.target.value })}
                placeholder={t('appealsPublic.form.phonePlaceholder')}
                maxLength={20}
                data-testid="appeal-phone"
              />
            </Form.Item>
            <fieldset className="ys-appeal-privacy">
              <legend>{t('appealsPublic.form.privacy')}</legend>
              <SwitchRow
                checked={values.confidential}
                onChange={(confidential) => set({ confidential })}
                label={t('appealsPublic.form.confidential')}
                hint={t('appealsPublic.form.confidentialHint')}
                testId="appeal-confidential"
              />
              <SwitchRow
                checked={values.nameHidden}
                onChange={(nameHidden) => set({ nameHidden })}
                label={t('appealsPublic.form.nameHidden')}
                hint={t('appealsPublic.form.nameHiddenHint')}
                testId="appeal-name-hidden"
              />
            </fieldset>
            {failure && <Alert type="error" showIcon message={t('appealsPublic.form.failed')} description={<span className="ys-break">{failure}</span>} className="ys-appeal-alert" data-testid="appeal-failure" />}
            <Button type="primary" htmlType="submit" size="large" icon={<SendOutlined />} loading={busy} block={narrow} data-testid="appeal-submit">
              {busy ? t('appealsPublic.form.submitting') : t('appealsPublic.form.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}

function SwitchRow({ checked, onChange, label, hint, testId }: { checked: boolean; onChange: (checked: boolean) => void; label: string; hint: string; testId: string }) {
  const id = `${testId}-switch`;
  return (
    <div className="ys-appeal-switch">
      <div className="ys-appeal-switch-text">
        <label htmlFor={id}>{label}</label>
        <div className="ys-appeal-hint" id={`${id}-hint`}>
          {hint}
        </div>
      </div>
      <Switch id={id} checked={checked} onChange={onChange} aria-describedby={`${id}-hint`} data-testid={testId} />
    </div>
  );
}
