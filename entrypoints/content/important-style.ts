/**
 * Sets inline styles with !important: the one kind of rule a page's own CSS cannot override
 * (not even `* { all: unset !important }`), so our marks and cards look the same on every site.
 */
export function setImportantStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles))
    element.style.setProperty(property, value, 'important');
}
