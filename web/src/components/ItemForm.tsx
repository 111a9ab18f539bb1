// 事项申请表: renders an item's application form from its JSON Schema (+ rjsf UI hints) with antd,
// errors in the interface language. Used by the public guide (read-only preview), the admin editor
// (live preview) and the applications pages (filling in). rjsf and ajv load on first use.
import { Skeleton } from 'antd';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './ItemFormErrors.ts';

export type { FieldErrors } from './ItemFormErrors.ts';
export { serverFieldErrors } from './ItemFormErrors.ts';

export interface ItemFormProps {
  /** The form's JSON Schema (an object with `properties`), as stored on the item (`item.form.schema`). */
  schema: Record<string, unknown>;
  /** rjsf UI hints (`item.form.uiSchema`): widgets, order, placeholders. */
  uiSchema?: Record<string, unknown>;
  formData?: Record<string, unknown>;
  /** Every edit, with the whole form's data. */
  onChange?: (data: Record<string, unknown>) => void;
  /** Given: a submit button is shown, and this runs once the data passes the schema. */
  onSubmit?: (data: Record<string, unknown>) => void;
  /** The submit button's text (default: rjsf's, translated). */
  submitLabel?: string;
  /** A preview: nothing can be typed, no button. */
  readonly?: boolean;
  disabled?: boolean;
  /** Check every field as it is edited (otherwise on submit). */
  liveValidate?: boolean;
  /** Errors from elsewhere, e.g. the server's form check: field path → message(s). Use `serverFieldErrors`. */
  extraErrors?: FieldErrors;
  /** The form element's id, so a button elsewhere can submit it (`<button form={id}>`). */
  id?: string;
}

const Renderer = lazy(() => import('./ItemFormRenderer.tsx'));

/** A schema rjsf cannot read (not an object) is shown as a message instead of a broken page. */
function usableSchema(schema: unknown): schema is Record<string, unknown> {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema);
}

interface BoundaryProps {
  fallback: ReactNode;
  /** A new value (the admin editor changes the schema live) clears a failure: the new schema gets a try. */
  resetKey: unknown;
  children: ReactNode;
}

class FormBoundary extends Component<BoundaryProps, { failed: boolean; resetKey: unknown }> {
  override state = { failed: false, resetKey: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { failed: boolean; resetKey: unknown }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ItemForm(props: ItemFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const broken = (
    <div className="ys-muted" role="alert" data-testid="item-form-broken">
      {t('itemForm.broken')}
    </div>
  );
  if (!usableSchema(props.schema)) return broken;
  return (
    <div className="ys-item-form" data-testid="item-form">
      <FormBoundary fallback={broken} resetKey={props.schema}>
        <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
          <Renderer {...props} language={language} />
        </Suspense>
      </FormBoundary>
    </div>
  );
}
