// The rjsf part of ItemForm: loaded on demand (ItemForm.tsx lazily imports this file), so pages
// without a form never download rjsf.
import { generateForm } from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { ErrorTransformer, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useCallback, useId, useMemo } from 'react';
import { toErrorSchema, translateErrors, translateRjsfString } from './ItemFormErrors.ts';
import { ItemFormValidator } from './ItemFormValidator.ts';
import type { ItemFormProps } from './ItemForm.tsx';
import type { FormLanguage } from './ItemFormErrors.ts';
import './ItemForm.css';

type Data = Record<string, unknown>;
const Form = generateForm<Data>();
// Not @rjsf/validator-ajv8: ajv generates code, which the Content-Security-Policy forbids (ItemFormValidator.ts).
const validator = new ItemFormValidator<Data>();

/** Submit button options rjsf reads from the uiSchema root: hidden unless the form is submitted here. */
function withSubmit(uiSchema: Record<string, unknown> | undefined, submitLabel: string, show: boolean): UiSchema<Data> {
  const options = show ? { submitText: submitLabel, props: { type: 'primary', size: 'large' } } : { norender: true };
  return { ...(uiSchema ?? {}), 'ui:submitButtonOptions': options } as UiSchema<Data>;
}

export default function ItemFormRenderer(props: ItemFormProps & { language: FormLanguage }) {
  const { schema, uiSchema, formData, onChange, onSubmit, readonly, disabled, liveValidate, extraErrors, language, submitLabel, id } = props;
  const transformErrors = useCallback<ErrorTransformer<Data>>((errors) => translateErrors(errors, language, schema), [language, schema]);
  const translateString = useCallback((text: string, params?: string[]) => translateRjsfString(text, params, language), [language]);
  // rjsf names its fields `root_…` by default, and `root` is the app's own element: each form gets a prefix of its own.
  const idPrefix = `item-form-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const errorSchema = useMemo(() => toErrorSchema(extraErrors), [extraErrors]);
  const ui = useMemo(
    () => withSubmit(uiSchema, submitLabel ?? translateRjsfString('Submit', [], language), Boolean(onSubmit) && !readonly),
    [uiSchema, submitLabel, onSubmit, readonly, language],
  );

  return (
    <Form
      id={id}
      idPrefix={idPrefix}
      schema={schema as RJSFSchema}
      uiSchema={ui}
      formData={formData}
      validator={validator}
      readonly={readonly}
      disabled={disabled}
      liveValidate={liveValidate}
      extraErrors={errorSchema}
      transformErrors={transformErrors}
      translateString={translateString as never}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      // Fields outside the schema are dropped before they reach the server.
      omitExtraData
      liveOmit={liveValidate}
      onChange={(event: IChangeEvent<Data>) => onChange?.(event.formData ?? {})}
      onSubmit={(event: IChangeEvent<Data>) => onSubmit?.(event.formData ?? {})}
    />
  );
}
