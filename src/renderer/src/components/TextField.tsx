import { useId, useState, type ComponentProps, type ReactNode } from 'react';
import { LimitCounter } from './LimitCounter';

interface FieldOwnProps {
  label: string;
  /** Always-visible help under the label; linked with aria-describedby. */
  hint?: ReactNode;
  /** Shown under the field (role=alert), linked with aria-describedby, and sets aria-invalid. */
  error?: string | null;
  /** Live text under the field (for example passphrase strength), linked with aria-describedby. */
  note?: ReactNode;
  /** The most characters the field can save: a counter shows from 90% of it. Never cuts what is typed. */
  limit?: number;
  /** Words for text past the limit, when the field has something more specific to say. */
  overLimit?: (excess: number) => string;
}

// ComponentProps includes `ref` (React 19 passes it as a prop), so callers can focus the field.
export type TextFieldProps = FieldOwnProps & Omit<ComponentProps<'input'>, 'children'>;
export type TextAreaProps = FieldOwnProps & Omit<ComponentProps<'textarea'>, 'children'>;

function useFieldIds(id: string | undefined, own: FieldOwnProps, describedBy?: string) {
  const auto = useId();
  const inputId = id ?? `field${auto}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const noteId = `${inputId}-note`;
  const countId = `${inputId}-count`;
  const describedby =
    [describedBy, own.hint ? hintId : null, own.error ? errorId : null, own.note !== undefined ? noteId : null, own.limit ? countId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return { inputId, hintId, errorId, noteId, countId, describedby };
}

interface FrameProps extends FieldOwnProps {
  inputId: string;
  hintId: string;
  errorId: string;
  noteId: string;
  countId: string;
  /** The field's text length, for the limit counter. */
  length: number;
  children: ReactNode;
  after?: ReactNode;
}

function FieldFrame(props: FrameProps) {
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={props.inputId}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="field__hint" id={props.hintId}>
          {props.hint}
        </div>
      ) : null}
      <div className="field__control">
        {props.children}
        {props.after}
      </div>
      {props.error ? (
        <p className="field__error" id={props.errorId} role="alert">
          {props.error}
        </p>
      ) : null}
      {props.limit ? <LimitCounter id={props.countId} length={props.length} limit={props.limit} over={props.overLimit} /> : null}
      {props.note !== undefined ? (
        <div className="field__note" id={props.noteId} aria-live="polite">
          {props.note}
        </div>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, error, note, limit, overLimit, id, className, 'aria-describedby': describedBy, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, { label, hint, error, note, limit }, describedBy);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} note={note} limit={limit} overLimit={overLimit} length={String(rest.value ?? '').length}>
      {/* Nothing typed into Harbor is kept in the browser's autofill. */}
      <input
        type="text"
        autoComplete="off"
        {...rest}
        id={ids.inputId}
        className={['field__input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedby}
      />
    </FieldFrame>
  );
}

export function TextArea({ label, hint, error, note, limit, overLimit, id, className, 'aria-describedby': describedBy, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, { label, hint, error, note, limit }, describedBy);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} note={note} limit={limit} overLimit={overLimit} length={String(rest.value ?? '').length}>
      <textarea
        rows={6}
        autoComplete="off"
        {...rest}
        id={ids.inputId}
        className={['field__input', 'field__input--multiline', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedby}
      />
    </FieldFrame>
  );
}

export type PasswordFieldProps = Omit<TextFieldProps, 'type'>;

/** A passphrase field with a "Show" toggle, so a person can check what they typed. */
export function PasswordField({ label, hint, error, note, id, className, 'aria-describedby': describedBy, ...rest }: PasswordFieldProps) {
  const ids = useFieldIds(id, { label, hint, error, note }, describedBy);
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame
      {...ids}
      length={0}
      label={label}
      hint={hint}
      error={error}
      note={note}
      after={
        <button
          type="button"
          className="field__toggle"
          aria-pressed={visible}
          aria-label={`Show ${label.toLowerCase()}`}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      }
    >
      <input
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        {...rest}
        type={visible ? 'text' : 'password'}
        id={ids.inputId}
        className={['field__input', 'field__input--with-toggle', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedby}
      />
    </FieldFrame>
  );
}
