import * as React from 'react';
import { Box, Checkbox, Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import { Titled } from '../shared/Card';
import { useField, useForm } from '@strapi/strapi/admin';

/**
 * One value of the surrounding Strapi `Form` by its path (`representative.name`), with its error
 * (the form's own check or the server's) and whether it can be edited now: not while the form is
 * disabled or sending.
 */
export const useConsentField = <T,>(path: string) => {
  const field = useField<T>(path);
  const disabled = useForm('ConsentForm', (state) => state.disabled || state.isSubmitting);
  const set = field.onChange;
  const onChange = React.useCallback((next: T) => set(path, next), [set, path]);
  return { value: field.value, error: field.error, disabled, onChange };
};

export const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box paddingTop={2} paddingBottom={2}>
    <Titled title={title} tag="h3">
      {children}
    </Titled>
  </Box>
);

interface TextFieldProps {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
}

/** A text input (or text area) bound to the string at `name`. */
export const TextField = ({ name, label, required, hint, multiline }: TextFieldProps) => {
  const { value, error, disabled, onChange } = useConsentField<string>(name);
  return (
    <Field.Root name={name} error={error} required={required} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {multiline ? (
        <Textarea value={value ?? ''} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
      ) : (
        <TextInput value={value ?? ''} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

/** A checkbox bound to the boolean at `name`; with `showError`, its error is shown under it. */
export const CheckboxField = ({ name, children, showError = false }: { name: string; children: React.ReactNode; showError?: boolean }) => {
  const { value, error, disabled, onChange } = useConsentField<boolean>(name);
  const box = (
    <Checkbox checked={value === true} disabled={disabled} onCheckedChange={(checked) => onChange(checked === true)}>
      {children}
    </Checkbox>
  );
  if (!showError) return box;
  return (
    <Field.Root name={name} error={error}>
      {box}
      <Field.Error />
    </Field.Root>
  );
};

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((value) => value !== item), item] : list.filter((value) => value !== item);

interface CheckboxGroupFieldProps<O extends string> {
  name: string;
  label: string;
  required?: boolean;
  options: readonly O[];
  labels: Record<O, string>;
}

/** One field of checkboxes, one per option, bound to the list at `name` (values that are not options are kept). */
export const CheckboxGroupField = <O extends string>({ name, label, required, options, labels }: CheckboxGroupFieldProps<O>) => {
  const { value, error, disabled, onChange } = useConsentField<string[]>(name);
  const selected = value ?? [];
  return (
    <Field.Root name={name} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Flex gap={4} wrap="wrap">
        {options.map((option) => (
          <Checkbox
            key={option}
            checked={selected.includes(option)}
            disabled={disabled}
            onCheckedChange={(checked) => onChange(toggle<string>(selected, option, checked === true))}
          >
            {labels[option]}
          </Checkbox>
        ))}
      </Flex>
      <Field.Error />
    </Field.Root>
  );
};
