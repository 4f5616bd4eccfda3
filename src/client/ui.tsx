/**
 * Small building blocks shared by every view: labelled fields, the error banner, the loading line
 * and the "run a server call once at a time" hook. Everything renders text through JSX children,
 * which Preact always inserts as text, never as HTML.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { errorText } from './server-api';

let lastFieldId = 0;
/** A unique element ID, so every label points at its control. */
export function useFieldId(prefix = 'field'): string {
  const id = useRef('');
  if (!id.current) {
    lastFieldId += 1;
    id.current = `${prefix}-${lastFieldId}`;
  }
  return id.current;
}

interface FieldProps {
  label: string;
  /** A fixed element ID, for a control something else must focus; generated otherwise. */
  id?: string;
  /** Short help under the control. */
  hint?: string;
  /** Renders the control with the given element ID and the hint's ID for `aria-describedby`. */
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

/** A label, a control and an optional hint, wired together for screen readers. */
export function Field({ label, id: fixedId, hint, children }: FieldProps) {
  const generatedId = useFieldId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hintId)}
      {hint ? (
        <div class="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  id?: string;
  /** `date` takes and gives `yyyy-mm-dd`, as the server functions do. */
  type?: 'text' | 'email' | 'date';
  maxLength?: number;
  required?: boolean;
  readOnly?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  placeholder?: string;
  hint?: string;
  /** A class for the input, e.g. `number` for figures that must not break across lines. */
  class?: string;
  value: string;
  onValue: (value: string) => void;
  /** Called when the input loses focus. */
  onBlur?: () => void;
}

/** A labelled text, email or date input. */
export function TextField({
  label,
  id: fixedId,
  hint,
  value,
  onValue,
  onBlur,
  type,
  ...rest
}: TextFieldProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} {...(fixedId ? { id: fixedId } : {})}>
      {(id, describedBy) => (
        <input
          id={id}
          // Preact types each input type separately; the kinds here take the same attributes.
          type={(type ?? 'text') as 'text'}
          aria-describedby={describedBy}
          {...rest}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          {...(onBlur ? { onBlur: () => onBlur() } : {})}
        />
      )}
    </Field>
  );
}

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  onValue: (value: string) => void;
  /** Called when the box loses focus. */
  onBlur?: () => void;
}

/** A labelled multi-line text box. */
export function TextAreaField({
  label,
  hint,
  value,
  rows = 3,
  maxLength,
  onValue,
  onBlur,
}: TextAreaFieldProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(id, describedBy) => (
        <textarea
          id={id}
          rows={rows}
          aria-describedby={describedBy}
          {...(maxLength ? { maxLength } : {})}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          {...(onBlur ? { onBlur: () => onBlur() } : {})}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps<Value extends string> {
  label: string;
  hint?: string;
  value: Value;
  options: ReadonlyArray<Value | { value: Value; label: string }>;
  onValue: (value: Value) => void;
  disabled?: boolean;
}

/** A labelled drop-down. */
export function SelectField<Value extends string>({
  label,
  hint,
  value,
  options,
  onValue,
  disabled,
}: SelectFieldProps<Value>) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(id, describedBy) => (
        <select
          id={id}
          aria-describedby={describedBy}
          value={value}
          disabled={disabled}
          onChange={(event) => onValue(event.currentTarget.value as Value)}
        >
          {options.map((option) => {
            const item = typeof option === 'string' ? { value: option, label: option } : option;
            return (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}

interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox with its label beside it (the whole label is clickable). */
export function Checkbox({ label, checked, onChecked, disabled }: CheckboxProps) {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** The visible error of a failed call or a rejected file. */
export function ErrorBanner({
  message,
  onDismiss,
}: {
  message: string | null;
  onDismiss?: () => void;
}) {
  if (!message) return null;
  return (
    <div class="error-banner" role="alert">
      <span>{message}</span>
      {onDismiss ? (
        <button type="button" class="link" onClick={onDismiss} aria-label="Dismiss the error">
          Dismiss
        </button>
      ) : null}
    </div>
  );
}

/** The loading line shown while a call is in flight. */
export function Loading({ label }: { label: string }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export interface ServerTask {
  busy: boolean;
  error: string | null;
  /**
   * Runs the call unless one is already in flight (returns `undefined` then, or on failure: the
   * error is shown instead).
   */
  run<T>(call: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/**
 * Tracks one kind of server call: its loading state and its error, and refuses a second call while
 * the first is in flight (a double click must never create a role twice).
 */
export function useServerTask(): ServerTask {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (failure) {
      setError(errorText(failure));
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}

/**
 * Tracks a server call that follows a choice, such as loading the form of the person just picked:
 * a new call supersedes the one in flight, whose answer (or error) is then dropped, so what shows
 * is always the answer to the latest choice however quickly choices follow one another.
 */
export function useLatestServerTask(): ServerTask {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const run = useCallback(async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
    const serial = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const result = await call();
      return serial === latest.current ? result : undefined;
    } catch (failure) {
      if (serial === latest.current) setError(errorText(failure));
      return undefined;
    } finally {
      if (serial === latest.current) setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
