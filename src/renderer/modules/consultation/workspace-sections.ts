import { useEffect, useRef } from 'react';

/** The workspace's sections, in screen order: Alt+1 … Alt+6 jumps to each. */
export const WORKSPACE_SECTIONS = ['history', 'vitals', 'notes', 'diagnoses', 'prescriptions', 'documents'] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

/**
 * One ref per section heading and the Alt+digit shortcuts that move to it: the heading scrolls
 * into view and the section's first field takes the focus, so the doctor never reaches for the mouse.
 */
export function useSectionShortcuts() {
  const refs = useRef(new Map<WorkspaceSection, HTMLElement>());
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const section = WORKSPACE_SECTIONS[Number(event.key) - 1];
      const element = section ? refs.current.get(section) : undefined;
      if (!element) return;
      event.preventDefault();
      element.scrollIntoView({ block: 'start', behavior: 'smooth' });
      const field = element.querySelector<HTMLElement>('textarea, input, button');
      (field ?? element).focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (section: WorkspaceSection) => (element: HTMLElement | null) => {
    if (element) refs.current.set(section, element);
    else refs.current.delete(section);
  };
}
