import { SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Form, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  checkBundle,
  checkBundleShape,
  mergeMaterials,
} from '../../../../../../common/catalog/bundle-rules.ts';
import { errorsOf } from '../../../../../../common/catalog/rules.ts';
import { isApiError } from '../../../../api/client.ts';
import {
  checkBundle as checkOnServer,
  createBundle,
  newBundleEdition,
  publishBundle,
  retireBundle,
  updateBundle,
  type Bundle,
  type BundleCheck,
  type Edition,
  type MergedField,
} from '../../../../api/catalog-admin.ts';
import type { Department } from '../../../../api/org.ts';
import { applyProblem } from '../../../../components/problemForm.ts';
import { DerivedBadges } from '../CatalogTags.tsx';
import { EditorHeader, useEditionActions } from '../EditionActions.tsx';
import { EditionsCard } from '../EditionsCard.tsx';
import { bundleGuidePath, bundlePath } from '../paths.ts';
import { RulesPanel, ViolationList } from '../ViolationList.tsx';
import { BundleBasics } from './BundleBasics.tsx';
import {
  basicsOf,
  blankBasics,
  BUNDLE_TABS,
  bundleTabOf,
  bundleUpdateOf,
  membersOf,
  toBundleInput,
  type BundleBasics as Basics,
  type BundleTab,
  type Member,
} from './bundleBody.ts';
import { problemCells, pruneMappings } from './mapping.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { MergedFieldsEditor, type MatrixMember } from './MergedFieldsEditor.tsx';
import { MergedMaterials } from './MergedMaterials.tsx';
import { useMemberItems } from './useMemberItems.ts';

interface Props {
  bundle: Bundle | null;
  departments: readonly Department[];
  editions: readonly Edition[] | undefined;
  editionsLoading: boolean;
  onReload: () => void;
  onEditionsChanged: () => void;
}

/** The editor of one bundle edition: basics, members, the merged form with its mapping matrix, the merged materials. */
export function BundleEditor({
  bundle,
  departments,
  editions,
  editionsLoading,
  onReload,
  onEditionsChanged,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Basics>();
  const [current, setCurrent] = useState<Bundle | null>(bundle);
  const [members, setMembers] = useState<Member[]>(() => (bundle ? membersOf(bundle) : []));
  const [fields, setFields] = useState<MergedField[]>(() =>
    bundle ? bundle.fields.map((f) => ({ ...f })) : [],
  );
  const [tab, setTab] = useState<BundleTab>('basic');
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [serverCheck, setServerCheck] = useState<BundleCheck | null>(null);
  const initialValues = useMemo(() => (bundle ? basicsOf(bundle) : blankBasics()), [bundle]);
  const basics = Form.useWatch((all: Basics) => all, { form, preserve: true }) ?? initialValues;
  const readonly = current !== null && current.status !== 'draft';

  const codes = useMemo(() => members.map((m) => m.itemCode), [members]);
  const { items, forms, settled } = useMemberItems(codes);
  const input = toBundleInput(basics, members, fields);
  const dirty = current === null || bundleUpdateOf(current, input) !== null;
  // Every check the server runs at publish, once every member's form is here; the shape checks meanwhile.
  const violations = useMemo(
    () => (settled ? checkBundle({ members, fields }, forms) : checkBundleShape({ members, fields })),
    [settled, members, fields, forms],
  );
  const cells = useMemo(() => problemCells(violations, fields), [violations, fields]);
  const savedNames = useMemo(
    () => new Map((current?.memberItems ?? []).map((m) => [m.itemCode, m.name])),
    [current],
  );
  const names = new Map(
    members.map((m) => [m.itemCode, forms.get(m.itemCode)?.name ?? savedNames.get(m.itemCode) ?? m.itemCode]),
  );
  const matrixMembers: MatrixMember[] = members.map((m) => ({
    code: m.itemCode,
    name: names.get(m.itemCode) ?? m.itemCode,
    fields: forms.get(m.itemCode)?.fields ?? null,
  }));
  const materials = useMemo(
    () =>
      mergeMaterials(
        [...items.entries()].flatMap(([code, entry]) =>
          entry.status === 'ok' ? [{ code, materials: entry.item.materials }] : [],
        ),
      ),
    [items],
  );
  const errorTabs = new Map<BundleTab, number>();
  for (const v of violations)
    if (v.severity === 'error')
      errorTabs.set(bundleTabOf(v.field), (errorTabs.get(bundleTabOf(v.field)) ?? 0) + 1);

  /** A member that leaves takes its mappings along (a field left filling nothing stays, flagged). */
  const changeMembers = (next: Member[]) => {
    setMembers(next);
    setFields((previous) =>
      pruneMappings(
        previous,
        next.map((m) => m.itemCode),
      ),
    );
  };

  const goTo = (field: string) => {
    const where = bundleTabOf(field);
    setTab(where);
    if (where === 'basic')
      window.setTimeout(
        () => form.scrollToField(field.replace(/^body\./, '').split('.')[0]!, { block: 'center' }),
        50,
      );
  };

  const handleError = (error: unknown) => {
    // A version conflict needs a reload; another 409 naming a field (a code taken) shows on that field.
    if (
      isApiError(error) &&
      error.status === 409 &&
      (error.code === 'VERSION_CONFLICT' || error.errors.length === 0)
    ) {
      setConflict(error.code === 'VERSION_CONFLICT' ? t('catalogAdmin.conflict') : error.userMessage);
      return;
    }
    if (isApiError(error) && error.errors.length > 0) {
      const rest = applyProblem(form, error);
      setFailure(`${t('catalogAdmin.editor.serverRefused')}${rest ?? error.title}`);
      goTo(error.errors[0]!.path);
      return;
    }
    setFailure(isApiError(error) ? error.userMessage : String(error));
  };

  const save = async (): Promise<Bundle | null> => {
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      setTab('basic');
      return null;
    }
    const body = toBundleInput(form.getFieldsValue(true), members, fields);
    const errors = errorsOf(checkBundleShape(body as Parameters<typeof checkBundleShape>[0]));
    if (errors.length > 0) {
      void message.error(t('catalogAdmin.editor.fixFirst', { count: errors.length }));
      goTo(errors[0]!.field ?? '');
      return null;
    }
    try {
      if (!current) {
        const created = await createBundle(body);
        void message.success(t('catalogAdmin.editor.created'));
        void navigate(bundlePath(created.id), { replace: true });
        return created;
      }
      const update = bundleUpdateOf(current, body);
      if (!update) return current;
      const saved = await updateBundle(current.id, update);
      setCurrent(saved);
      setServerCheck(null);
      void message.success(t('catalogAdmin.editor.saved'));
      return saved;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  const actions = useEditionActions<Bundle>({
    current,
    setCurrent,
    dirty,
    save,
    publish: publishBundle,
    retire: retireBundle,
    newEdition: newBundleEdition,
    pathOf: bundlePath,
    onEditionsChanged,
    onError: handleError,
  });

  const check = () =>
    current &&
    actions.run('check', async () => {
      setServerCheck(await checkOnServer(current.id));
    });

  const label = (key: BundleTab) => (
    <Badge count={errorTabs.get(key) ?? 0} size="small" offset={[8, -2]}>
      {t(`catalogAdmin.bundles.tabs.${key}`)}
    </Badge>
  );
  const content: Record<BundleTab, React.ReactNode> = {
    basic: <BundleBasics departments={departments} codeFixed={current !== null} />,
    members: (
      <MembersEditor
        members={members}
        onChange={changeMembers}
        items={items}
        savedNames={savedNames}
        readonly={readonly}
      />
    ),
    fields: (
      <MergedFieldsEditor
        fields={fields}
        onChange={setFields}
        members={matrixMembers}
        problems={cells}
        readonly={readonly}
      />
    ),
    materials: <MergedMaterials materials={materials} names={names} />,
  };

  return (
    <>
      <EditorHeader
        current={current}
        newTitle={t('catalogAdmin.bundles.createTitle')}
        badges={current && <DerivedBadges item={{ fullyOnline: current.fullyOnline, mobile: false }} />}
        actions={actions}
        extra={
          current && (
            <Button
              icon={<SafetyOutlined />}
              loading={actions.busy === 'check'}
              onClick={check}
              data-testid="bundle-check"
            >
              {t('catalogAdmin.check.button')}
            </Button>
          )
        }
        conflict={conflict}
        onReload={onReload}
        failure={failure}
        onDismissFailure={() => setFailure(null)}
        kind="bundle"
        guidePath={current ? bundleGuidePath(current.code) : undefined}
      />
      {/* The mapping matrix needs the page's width: the side panel moves below it. */}
      <div className={`ys-editor${tab === 'fields' ? ' is-wide' : ''}`}>
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Form<Basics>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            disabled={readonly}
            data-testid="bundle-form"
          >
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as BundleTab)}
              items={BUNDLE_TABS.map((key) => ({
                key,
                label: label(key),
                children: content[key],
                forceRender: key === 'basic',
              }))}
            />
          </Form>
        </Card>
        <div className="ys-editor-side">
          <RulesPanel violations={violations} onGoTo={goTo} />
          {serverCheck && (
            <Card size="small" title={t('catalogAdmin.check.button')} data-testid="bundle-check-result">
              <Alert
                type={serverCheck.ok ? 'success' : 'error'}
                showIcon
                style={{ marginBottom: serverCheck.violations.length ? 8 : 0 }}
                message={
                  serverCheck.ok
                    ? t('catalogAdmin.check.ok')
                    : t('catalogAdmin.check.failed', { count: errorsOf(serverCheck.violations).length })
                }
                description={dirty ? t('catalogAdmin.check.saveFirst') : undefined}
              />
              <ViolationList violations={serverCheck.violations} onGoTo={goTo} />
            </Card>
          )}
          {current && (
            <EditionsCard
              editions={editions}
              currentId={current.id}
              pathOf={bundlePath}
              loading={editionsLoading}
            />
          )}
        </div>
      </div>
    </>
  );
}
