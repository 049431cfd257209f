import type { ComponentProps } from 'react';

export interface ButtonProps extends ComponentProps<'button'> {
  /** 'primary' is the one main action of a screen; 'secondary' the rest; 'quiet' looks like a link. */
  variant?: 'primary' | 'secondary' | 'quiet';
  /** While busy the button stays focusable but ignores clicks, so keyboard focus is never lost. */
  busy?: boolean;
}

export function Button({ variant = 'secondary', busy = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      onClick={busy ? (event) => event.preventDefault() : onClick}
    >
      {children}
    </button>
  );
}
