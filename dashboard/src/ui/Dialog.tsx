import { useEffect, useId, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Accent of the frame: red for destructive confirmations. */
  tone?: 'default' | 'danger';
}

/** A modal over a dimmed, blurred page; Escape or the backdrop closes it. */
export function Dialog({ title, onClose, children, tone = 'default' }: DialogProps) {
  const titleId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-950/60 p-4 backdrop-blur-sm" onMouseDown={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onMouseDown={(e) => e.stopPropagation()}
        className={`glass w-full max-w-md rounded-2xl p-6 ${tone === 'danger' ? 'ring-1 ring-rose-500/30' : ''}`}
      >
        <h2 id={titleId} className={`mb-4 text-lg font-semibold ${tone === 'danger' ? 'text-rose-200' : 'text-slate-100'}`}>
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
