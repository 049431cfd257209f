import type { ReactNode } from 'react';

export interface NoticeProps {
  /** 'info' is neutral, 'success' confirms something worked, 'warning' asks for attention (never alarm red). */
  tone?: 'info' | 'success' | 'warning';
  /** 'status' is announced politely, 'alert' at once; 'none' is not announced. */
  live?: 'status' | 'alert' | 'none';
  title?: string;
  className?: string;
  children: ReactNode;
}

export function Notice({ tone = 'info', live = 'status', title, className, children }: NoticeProps) {
  return (
    <div className={['notice', `notice--${tone}`, className].filter(Boolean).join(' ')} role={live === 'none' ? undefined : live}>
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}

/** A problem to tell the person at once (a save or a load that failed); nothing when there is none. */
export function ErrorNotice({ message }: { message: string | null }) {
  return message ? (
    <Notice tone="warning" live="alert">
      <p>{message}</p>
    </Notice>
  ) : null;
}
