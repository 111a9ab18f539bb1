import { App, Badge, Card, Form, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorsOf } from '../../../../../../common/catalog/rules.ts';
import { ApiError, isApiError } from '../../../../api/client.ts';
import {
  createItem,
  newItemEdition,
  publishItem,
  retireItem,
  updateItem,
  type Edition,
  type Item,
} from '../../../../api/catalog-admin.ts';
import type { Department } from '../../../../api/org.ts';
import type { LicenceType } from '../../../../api/registry.ts';
import { applyProblem, fieldName } from '../../../../components/problemForm.ts';
import { DerivedBadges } from '../CatalogTags.tsx';
import { EditorHeader, useEditionActions } from '../EditionActions.tsx';
import { EditionsCard } from '../EditionsCard.tsx';
import { itemGuidePath, itemPath } from '../paths.ts';
import { RulesPanel } from '../ViolationList.tsx';
import { BasicTab } from './editor/BasicTab.tsx';
import { FormTab } from './editor/FormTab.tsx';
import { GuideTab } from './editor/GuideTab.tsx';
import { HandlingTab } from './editor/HandlingTab.tsx';
import { liveViolations } from './editor/liveViolations.ts';
import { MaterialsTab } from './editor/MaterialsTab.tsx';
import { ProcessTab } from './editor/ProcessTab.tsx';
import {
  blankValues,
  EDITOR_TABS,
  formPath,
  renameProblemPaths,
  tabOf,
  toInput,
  updateOf,
  valuesOf,
  type EditorTab,
  type ItemFormValues,
} from './itemBody.ts';

interface Props {
  item: Item | null;
  departments: readonly Department[];
  licenceTypes: readonly LicenceType[];
  editions: readonly Edition[] | undefined;
  editionsLoading: boolean;
  /** Load the edition again (after a 409). */
  onReload: () => void;
  onEditionsChanged: () => void;
}

/** The editor of one edition: six tabs in one form, the live rule check beside it, and the edition's actions. */
export function ItemEditor({
  item,
  departments,
  licenceTypes,
  editions,
  editionsLoading,
  onReload,
  onEditionsChanged,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ItemFormValues>();
  const [current, setCurrent] = useState<Item | null>(item);
  const [tab, setTab] = useState<EditorTab>('basic');
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const initialValues = useMemo(() => (item ? valuesOf(item) : blankValues()), [item]);
  const values = Form.useWatch((all: ItemFormValues) => all, { form, preserve: true });
  const violations = useMemo(() => liveViolations(values ?? initialValues), [values, initialValues]);
  const readonly = current !== null && current.status !== 'draft';
  const built = useMemo(() => toInput(values ?? initialValues), [values, initialValues]);
  const dirty = current === null || !built.ok || updateOf(current, built.input) !== null;

  const errorTabs = new Map<EditorTab, number>();
  for (const v of violations) {
    const where = tabOf(v.field);
    if (v.severity === 'error' && where) errorTabs.set(where, (errorTabs.get(where) ?? 0) + 1);
  }

  /** Opens the tab that shows a field and scrolls to it. */
  const goTo = (field: string) => {
    const path = formPath(field.replace(/^body\./, ''));
    const where = tabOf(path);
    if (where) setTab(where);
    const name = fieldName(path);
    // After the tab switch has painted.
    window.setTimeout(() => {
      for (let n = name.length; n > 0; n--) {
        const candidate = name.slice(0, n);
        if (form.getFieldInstance(candidate) !== undefined || n === 1) {
          form.scrollToField(candidate, { block: 'center', behavior: 'smooth' });
          break;
        }
      }
    }, 50);
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
      const renamed = new ApiError({
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.detail,
        code: error.code,
        requestId: error.requestId,
        errors: renameProblemPaths(error.errors),
      });
      const rest = applyProblem(form, renamed);
      setFailure(`${t('catalogAdmin.editor.serverRefused')}${rest ?? error.title}`);
      goTo(renamed.errors[0]!.path);
      return;
    }
    setFailure(isApiError(error) ? error.userMessage : String(error));
  };

  /** Saves the draft (or creates the item); the edition saved, or null when it was not. */
  const save = async (): Promise<Item | null> => {
    setFailure(null);
    try {
      await form.validateFields({ recursive: true });
    } catch (error) {
      const fields = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
      if (fields.length > 0) {
        void message.error(t('catalogAdmin.editor.fixFirst', { count: fields.length }));
        goTo(fields[0]!.name.join('.'));
        return null;
      }
    }
    const result = toInput(form.getFieldsValue(true));
    if (!result.ok) {
      goTo(result.field);
      return null;
    }
    const errors = errorsOf(liveViolations(form.getFieldsValue(true)));
    if (errors.length > 0) {
      void message.error(t('catalogAdmin.editor.fixFirst', { count: errors.length }));
      if (errors[0]!.field) goTo(errors[0]!.field);
      return null;
    }
    try {
      if (!current) {
        const created = await createItem(result.input);
        void message.success(t('catalogAdmin.editor.created'));
        void navigate(itemPath(created.id), { replace: true });
        return created;
      }
      const body = updateOf(current, result.input);
      if (!body) {
        void message.info(t('catalogAdmin.editor.nothingChanged'));
        return current;
      }
      const saved = await updateItem(current.id, body);
      setCurrent(saved);
      form.setFieldsValue(valuesOf(saved));
      void message.success(t('catalogAdmin.editor.saved'));
      return saved;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  const actions = useEditionActions<Item>({
    current,
    setCurrent: (edition) => {
      setCurrent(edition);
      form.setFieldsValue(valuesOf(edition));
    },
    dirty,
    save,
    publish: publishItem,
    retire: retireItem,
    newEdition: newItemEdition,
    pathOf: itemPath,
    onEditionsChanged,
    onError: handleError,
  });

  const label = (key: EditorTab) => (
    <Badge count={errorTabs.get(key) ?? 0} size="small" offset={[8, -2]}>
      {t(`catalogAdmin.editor.tabs.${key}`)}
    </Badge>
  );
  const content: Record<EditorTab, React.ReactNode> = {
    basic: <BasicTab departments={departments} codeFixed={current !== null} />,
    handling: <HandlingTab licenceTypes={licenceTypes} />,
    materials: <MaterialsTab departments={departments} licenceTypes={licenceTypes} readonly={readonly} />,
    process: <ProcessTab readonly={readonly} />,
    form: <FormTab readonly={readonly} />,
    guide: <GuideTab />,
  };

  return (
    <>
      <EditorHeader
        current={current}
        newTitle={t('catalogAdmin.editor.createTitle')}
        badges={current && <DerivedBadges item={current} />}
        actions={actions}
        conflict={conflict}
        onReload={onReload}
        failure={failure}
        onDismissFailure={() => setFailure(null)}
        kind="item"
        guidePath={current ? itemGuidePath(current.code) : undefined}
      />
      <div className="ys-editor">
        <Card styles={{ body: { paddingTop: 4 } }}>
          {/* No <form> element: the preview renders the applicant's form (its own <form>) inside. */}
          <div className="ant-form ant-form-vertical" data-testid="item-form">
            <Form<ItemFormValues>
              form={form}
              component={false}
              layout="vertical"
              initialValues={initialValues}
              disabled={readonly}
              scrollToFirstError={false}
            >
              <Tabs
                activeKey={tab}
                onChange={(key) => setTab(key as EditorTab)}
                items={EDITOR_TABS.map((key) => ({
                  key,
                  label: label(key),
                  children: content[key],
                  forceRender: true,
                }))}
              />
            </Form>
          </div>
        </Card>
        <div className="ys-editor-side">
          <RulesPanel violations={violations} onGoTo={goTo} />
          {current && (
            <EditionsCard
              editions={editions}
              currentId={current.id}
              pathOf={itemPath}
              loading={editionsLoading}
            />
          )}
        </div>
      </div>
    </>
  );
}
