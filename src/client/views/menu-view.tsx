/**
 * The frame of a view opened from the add-on menu rather than from a tab: a way back to the tabs,
 * the view's title (focused when the view opens, so a screen reader starts there) and the view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface MenuViewProps {
  id: string;
  title: string;
  onBack: () => void;
  busy?: boolean;
  children: ComponentChildren;
}

export function MenuView({ id, title, onBack, busy, children }: MenuViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="menu-view" aria-labelledby={id} aria-busy={busy ?? false}>
      <button type="button" class="link back" onClick={onBack}>
        <span aria-hidden="true">← </span>All sections
      </button>
      <h1 id={id} tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}
